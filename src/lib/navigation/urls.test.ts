import { describe, expect, test } from 'vitest';
import { areaName, areaOf, entryIdFromPath, importedEntryId, pageUrl, sourcePath } from './urls';

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

describe('pageUrl', () => {
  test('is the id after a slash, with no trailing slash', () => {
    expect(pageUrl('dom/Window/message')).toBe('/dom/Window/message');
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

describe('sourcePath', () => {
  test('points at the MDX file in the repository', () => {
    expect(sourcePath('dom/Window/message')).toBe('src/content/reference/dom/Window/message.mdx');
  });
});

describe('importedEntryId', () => {
  const curated = new Set(['dom/Window/message']);
  test('an imported page keeps its wiki path', () => {
    expect(importedEntryId('dom/Element', (id) => curated.has(id))).toBe('dom/Element');
  });
  test('a one-segment page is published beside its area index', () => {
    expect(importedEntryId('css', () => false)).toBe('css/wiki-original');
  });
  test('a page a curated page replaces is published beside it', () => {
    expect(importedEntryId('dom/Window/message', (id) => curated.has(id))).toBe(
      'dom/Window/message/wiki-original'
    );
  });
});
