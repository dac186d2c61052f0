import { describe, expect, test } from 'vitest';
import { rankResults, titleMatch } from './search-rank';

const page = (title: string, reviewed = false) => ({ title, reviewed });

describe('titleMatch', () => {
  test('the title itself, a part of it, or neither, in any case', () => {
    expect(titleMatch('postMessage', 'postmessage')).toBe(0);
    expect(titleMatch('Window.postMessage()', 'postMessage')).toBe(1);
    expect(titleMatch('Window.postMessage()', 'window.postmessage')).toBe(1);
    expect(titleMatch('The Synchronous FileSystem API for Workers', 'postMessage')).toBe(2);
    expect(titleMatch('message', '')).toBe(2);
  });
});

describe('rankResults', () => {
  test('title matches first, reviewed pages first among them, else Pagefind’s order', () => {
    const ranked = rankResults(
      [
        page('The Synchronous FileSystem API for Workers'),
        page('postMessage'),
        page('postMessage'),
        page('Worker', true),
        page('Window.postMessage()', true),
      ],
      'postMessage'
    ).map((result) => `${result.title}${result.reviewed ? ' (reviewed)' : ''}`);
    expect(ranked).toEqual([
      'postMessage',
      'postMessage',
      'Window.postMessage() (reviewed)',
      'The Synchronous FileSystem API for Workers',
      'Worker (reviewed)',
    ]);
  });

  test('a reviewed page with the exact title comes before an imported one', () => {
    expect(
      rankResults([page('MessageEvent'), page('MessageEvent', true)], 'messageevent').map(
        (result) => result.reviewed
      )
    ).toEqual([true, false]);
  });
});
