import { describe, expect, test } from 'vitest';
import { absoluteUrl, areaName, areaOf, entryIdFromPath } from './urls';

describe('entryIdFromPath', () => {
  test('keeps the case of the path and drops the extension', () => {
    expect(entryIdFromPath('dom/Window/message.mdx')).toBe('dom/Window/message');
    expect(entryIdFromPath('apis/web-messaging/MessageEvent.mdx')).toBe(
      'apis/web-messaging/MessageEvent'
    );
  });

  test('maps an index file to its folder and normalises Windows separators', () => {
    expect(entryIdFromPath('dom\\Window\\index.mdx')).toBe('dom/Window');
  });

  test('rejects paths with spaces, naming the file', () => {
    expect(() => entryIdFromPath('dom/Window/post message.mdx')).toThrow(
      /^dom\/Window\/post message\.mdx: .*without spaces/
    );
  });
});

describe('areaOf and areaName', () => {
  test('the area is the first path segment', () => {
    expect(areaOf('apis/workers/Worker')).toBe('apis');
  });

  test('known areas have display names and others show as they are', () => {
    expect(areaName('apis')).toBe('Web APIs');
    expect(areaName('dom')).toBe('DOM');
    expect(areaName('webgl')).toBe('webgl');
  });
});

describe('absoluteUrl', () => {
  test('resolves a site path against the deployed origin', () => {
    expect(absoluteUrl('/dom/Window/message', new URL('https://reference.example.org'))).toBe(
      'https://reference.example.org/dom/Window/message'
    );
  });

  test('keeps the path as given: the home page ends with a slash, others do not', () => {
    const site = new URL('https://reference.example.org/');
    expect(absoluteUrl('/', site)).toBe('https://reference.example.org/');
    expect(absoluteUrl('/dom', site)).toBe('https://reference.example.org/dom');
  });

  test('is undefined when the origin is unknown, so no relative canonical is written', () => {
    expect(absoluteUrl('/dom/Window/message', undefined)).toBeUndefined();
  });
});
