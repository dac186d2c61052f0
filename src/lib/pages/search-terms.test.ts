import { describe, expect, test } from 'vitest';
import { titleSearchTerms } from './search-terms';

describe('titleSearchTerms', () => {
  test('a member title is indexed whole and as the names it joins', () => {
    expect(titleSearchTerms('Window.postMessage()')).toBe(
      'Window.postMessage() Window postMessage'
    );
    expect(titleSearchTerms('CanvasRenderingContext2D.getImageData')).toBe(
      'CanvasRenderingContext2D.getImageData CanvasRenderingContext2D getImageData'
    );
  });

  test('a plain title is indexed once', () => {
    expect(titleSearchTerms('message')).toBe('message');
    expect(titleSearchTerms('Introduction to web workers')).toBe('Introduction to web workers');
    expect(titleSearchTerms('::after (pseudo-element)')).toBe(
      '::after (pseudo-element) after pseudo-element'
    );
  });
});
