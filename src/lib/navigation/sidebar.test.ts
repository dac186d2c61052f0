import { describe, expect, test } from 'vitest';
import { buildSidebar } from './sidebar';
import { buildSiteIndex, groupOfPath, type IndexablePage } from './site-index';

const pages = [
  { id: 'dom/Window/postMessage', title: 'Window.postMessage()' },
  { id: 'dom/Window/message', title: 'message' },
  { id: 'dom/Document/title', title: 'Document.title' },
  { id: 'apis/workers/Worker', title: 'Worker' },
  { id: 'apis/web-messaging/MessagePort', title: 'MessagePort' },
  { id: 'css/index', title: 'CSS' },
];

/** The sidebar of the page with this id among these pages, through the site index. */
const sidebarOf = (
  list: readonly (Pick<IndexablePage, 'id' | 'title'> & { imported?: boolean })[],
  id: string | undefined
) => {
  const index = buildSiteIndex(
    list.map((p) => ({ kind: 'overview', aliases: [], filePath: p.id, imported: false, ...p }))
  );
  return buildSidebar(index, id === undefined ? undefined : index.pages.find((p) => p.id === id));
};

describe('groupOfPath', () => {
  test('is the second segment, or the area for pages directly under it', () => {
    expect(groupOfPath('dom/Window/message')).toBe('Window');
    expect(groupOfPath('css/index')).toBe('css');
  });
});

describe('buildSidebar', () => {
  test('names every area with a link to its index, and only the current area has groups', () => {
    const areas = sidebarOf(pages, 'dom/Window/message').areas;
    expect(areas.map((a) => [a.label, a.href, a.current, a.groups.length])).toEqual([
      ['Web APIs', '/apis', false, 0],
      ['CSS', '/css', false, 0],
      ['DOM', '/dom', true, 2],
    ]);
  });

  test('lists the pages of the current group only, sorted, with the current page marked', () => {
    const dom = sidebarOf(pages, 'dom/Window/message').areas.find((a) => a.current);
    expect(dom?.groups).toEqual([
      { id: 'Document', label: 'Document', href: '/dom#group-Document', current: false, links: [] },
      {
        id: 'Window',
        label: 'Window',
        href: '/dom#group-Window',
        current: true,
        links: [
          { title: 'message', href: '/dom/Window/message', current: true },
          { title: 'Window.postMessage()', href: '/dom/Window/postMessage', current: false },
        ],
      },
    ]);
  });

  test('pages directly under an area form a group named after the area', () => {
    const css = sidebarOf(pages, 'css/index').areas.find((a) => a.current);
    expect(css?.groups).toEqual([
      {
        id: 'css',
        label: 'CSS',
        href: '/css#group-css',
        current: true,
        links: [{ title: 'CSS', href: '/css/index', current: true }],
      },
    ]);
  });

  test('with no current page, no area lists groups', () => {
    expect(
      sidebarOf(pages, undefined).areas.every((a) => !a.current && a.groups.length === 0)
    ).toBe(true);
  });

  test('the sidebar does not grow with pages in other groups', () => {
    const many = [
      ...pages,
      ...Array.from({ length: 500 }, (_, i) => ({ id: `dom/Extra/p${i}`, title: `p${i}` })),
    ];
    const size = (list: typeof pages) =>
      JSON.stringify(sidebarOf(list, 'dom/Window/message')).length;
    expect(size(many) - size(pages)).toBeLessThan(200);
  });

  test('one-segment pages outside any area are counted, not listed', () => {
    const withWiki = [
      ...pages,
      { id: 'x_height', title: 'x_height', imported: true },
      { id: 'widow', title: 'widow', imported: true },
      { id: 'css/properties/color', title: 'color', imported: true },
    ];
    const elsewhere = sidebarOf(withWiki, 'dom/Window/message');
    expect(elsewhere.areas.map((a) => a.id)).toEqual(['apis', 'css', 'dom']);
    expect(elsewhere.unlisted).toBe(2);
    // On such a page, no area is current.
    expect(sidebarOf(withWiki, 'widow').areas.some((a) => a.current)).toBe(false);
    expect(sidebarOf(pages, undefined).unlisted).toBe(0);
  });

  test('pages of a group with the same title are told apart by their parent', () => {
    const twins = [
      { id: 'apis/indexeddb/IDBIndex/count', title: 'count' },
      { id: 'apis/indexeddb/IDBObjectStore/count', title: 'count' },
      { id: 'apis/indexeddb/IDBIndex/get', title: 'get' },
    ];
    const group = sidebarOf(twins, 'apis/indexeddb/IDBIndex/get')
      .areas.find((a) => a.current)
      ?.groups.find((g) => g.current);
    expect(group?.links.map((link) => link.title)).toEqual([
      'count (IDBIndex)',
      'count (IDBObjectStore)',
      'get',
    ]);
  });
});
