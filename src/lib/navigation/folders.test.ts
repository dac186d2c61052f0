import { describe, expect, test } from 'vitest';
import { folderAt, foldersOf } from './folders';
import { importedSiteIndex } from '~/test-utils/site-index';
import { buildUrlIndex } from './url-index';

describe('foldersOf', () => {
  const index = importedSiteIndex([
    { id: 'dom/Document/title' },
    { id: 'dom/Document/body' },
    { id: 'dom/Document/body.ja', lang: 'ja' },
    { id: 'dom/Window' },
    { id: 'dom/Window/open' },
    { id: 'concepts/programming/js/objects/String/trim' },
    { id: 'concepts/programming' },
    { id: 'css/properties/color' },
    { id: 'css/properties/border', imported: false },
    // Superseded by the curated page: published at /css/properties/border/wiki-original, unlisted.
    { id: 'css/properties/border' },
    { id: 'html/old/a', aliases: [] },
    { id: 'html/elements/video', imported: false, aliases: ['/html/old'] },
  ]);

  test('a path with pages below it and none of its own is a folder, listing them all by title', () => {
    expect(foldersOf(index).map((f) => [f.url, f.title, f.pages.map((p) => p.url)])).toEqual([
      ['/concepts/programming/js', 'JavaScript', ['/concepts/programming/js/objects/String/trim']],
      [
        '/concepts/programming/js/objects',
        'Objects',
        ['/concepts/programming/js/objects/String/trim'],
      ],
      [
        '/concepts/programming/js/objects/String',
        'String',
        ['/concepts/programming/js/objects/String/trim'],
      ],
      ['/css/properties', 'Properties', ['/css/properties/border', '/css/properties/color']],
      ['/dom/Document', 'Document', ['/dom/Document/body', '/dom/Document/title']],
      ['/html/elements', 'Elements', ['/html/elements/video']],
    ]);
  });

  test('no folder where a page, an area index or a redirect answers; translations are not listed', () => {
    const urls = foldersOf(index).map((f) => f.url);
    for (const taken of ['/dom/Window', '/concepts/programming', '/dom', '/html/old'])
      expect(urls).not.toContain(taken);
    expect(folderAt(index, '/dom/Document')?.pages).toHaveLength(2);
  });

  test('found in any letter case, once per index', () => {
    expect(folderAt(index, '/DOM/document')?.url).toBe('/dom/Document');
    expect(foldersOf(index)).toBe(foldersOf(index));
  });

  test('the URL index lists folders as pages, so the 404 page resolves them', () => {
    const urls = buildUrlIndex(index, foldersOf(index)).pages.map(([url]) => url);
    expect(urls).toContain('/dom/Document');
    expect(urls).toEqual(urls.toSorted());
  });
});
