import { describe, expect, test } from 'vitest';
import { areaStructure, distinctTitles, groupHref } from './areas';
import { importedSiteIndex } from '~/test-utils/site-index';

describe('areaStructure', () => {
  const index = importedSiteIndex([
    { id: 'css/properties', title: 'properties' },
    { id: 'css/properties/color' },
    { id: 'css/properties/border' },
    { id: 'css/data_types/length' },
    { id: 'css/units' },
    { id: 'css' },
    { id: 'css.es', lang: 'es' },
    { id: 'css/properties/color.ja', lang: 'ja' },
  ]);
  const css = areaStructure(index, 'css');

  test('groups by readable name, each introduced by its own page, else by its folder’s index', () => {
    expect(css.groups.map((g) => [g.name, g.href, g.head?.url])).toEqual([
      ['Data types', '/css/data_types', undefined],
      ['Properties', '/css/properties', '/css/properties'],
    ]);
    expect(groupHref(index, 'css', 'properties')).toBe('/css/properties');
  });

  test('a group lists its pages by title; translations and superseded pages are not listed', () => {
    expect(css.groups[1]?.titles).toEqual(['border', 'color']);
    expect(css.direct.titles).toEqual(['units']);
    // The wiki's own css page yielded to the index: it is the area's overview, not a page of it.
    expect(css.size).toBe(5);
  });

  test('is computed once per area', () => {
    expect(areaStructure(index, 'css')).toBe(css);
  });
});

describe('distinctTitles', () => {
  test('tells pages with one title apart by their parent, their last segment, then their path', () => {
    expect(
      distinctTitles([
        { title: 'count', url: '/apis/indexeddb/IDBIndex/count' },
        { title: 'count', url: '/apis/indexeddb/IDBObjectStore/count' },
        { title: 'get', url: '/apis/indexeddb/IDBIndex/get' },
        { title: 'timeout', url: '/apis/xhr/XMLHttpRequest/timeout' },
        { title: 'timeout', url: '/apis/xhr/XMLHttpRequest/timeout-event' },
        { title: 'a', url: '/html/elements/a' },
        { title: 'a', url: '/html/x/elements/a' },
      ])
    ).toEqual([
      'count (IDBIndex)',
      'count (IDBObjectStore)',
      'get',
      'timeout (timeout)',
      'timeout (timeout-event)',
      'a (elements/a)',
      'a (x/elements/a)',
    ]);
  });
});
