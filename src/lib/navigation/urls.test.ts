import { describe, expect, test } from 'vitest';
import { areaOf, entryIdFromPath } from './urls';

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

describe('areaOf', () => {
  test('the area is the first path segment', () => {
    expect(areaOf('apis/workers/Worker')).toBe('apis');
  });
});
