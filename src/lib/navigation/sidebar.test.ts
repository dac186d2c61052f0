import { describe, expect, test } from 'vitest';
import { buildSidebar, NAV_LIST_MAX, NAV_WINDOW, windowAround } from './sidebar';
import { groupHref } from './areas';
import { buildSiteIndex, groupOfPath, type IndexablePage } from './site-index';

const pages = [
  { id: 'dom/Window/postMessage', title: 'Window.postMessage()' },
  { id: 'dom/Window/message', title: 'message' },
  { id: 'dom/Document/title', title: 'Document.title' },
  { id: 'apis/workers/Worker', title: 'Worker' },
  { id: 'apis/web-messaging/MessagePort', title: 'MessagePort' },
  { id: 'css/index', title: 'CSS' },
];

type TestPage = Pick<IndexablePage, 'id' | 'title'> & Partial<IndexablePage>;

const indexOf = (list: readonly TestPage[]) =>
  buildSiteIndex(
    list.map((p) => ({ kind: 'overview', aliases: [], filePath: p.id, imported: false, ...p }))
  );

/** The sidebar of the page with this id among these pages, through the site index. */
const sidebarOf = (list: readonly TestPage[], id: string | undefined) => {
  const index = indexOf(list);
  return buildSidebar(index, id === undefined ? undefined : index.pages.find((p) => p.id === id));
};
const currentArea = (list: readonly TestPage[], id: string) =>
  sidebarOf(list, id).areas.find((a) => a.current);

describe('groupOfPath', () => {
  test('is the second segment, or the area for pages directly under it', () => {
    expect(groupOfPath('dom/Window/message')).toBe('Window');
    expect(groupOfPath('css/index')).toBe('css');
  });
});

describe('buildSidebar', () => {
  test('on a page of an area, shows that area alone, and links to every area', () => {
    const sidebar = sidebarOf(pages, 'dom/Window/message');
    expect(sidebar.scoped).toBe(true);
    expect(sidebar.areas.map((a) => [a.label, a.href, a.current, a.entries.length])).toEqual([
      ['DOM', '/dom', true, 2],
    ]);
  });

  test('outside any area, names every area in name order, none with entries', () => {
    const sidebar = sidebarOf([...pages, { id: 'widow', title: 'widow' }], 'widow');
    expect(sidebar.scoped).toBe(false);
    expect(sidebar.areas.map((a) => [a.label, a.href, a.current, a.entries.length])).toEqual([
      ['CSS', '/css', false, 0],
      ['DOM', '/dom', false, 0],
      ['Web APIs', '/apis', false, 0],
    ]);
  });

  test('lists the pages of the current group only, sorted, with the current page marked', () => {
    expect(currentArea(pages, 'dom/Window/message')?.entries).toEqual([
      {
        title: 'Document',
        href: '/dom/Document',
        size: 1,
        current: false,
        links: [],
        more: undefined,
      },
      {
        title: 'Window',
        href: '/dom/Window',
        size: 2,
        current: true,
        links: [
          { title: 'message', href: '/dom/Window/message', current: true },
          { title: 'Window.postMessage()', href: '/dom/Window/postMessage', current: false },
        ],
        more: undefined,
      },
    ]);
  });

  test('groups read as words, identifiers stay as they are', () => {
    const titles = currentArea(pages, 'apis/workers/Worker')?.entries.map((e) => e.title);
    expect(titles).toEqual(['Web messaging', 'Workers']);
  });

  test('pages directly under an area are entries of their own', () => {
    expect(currentArea(pages, 'css/index')?.entries).toEqual([
      { title: 'CSS', href: '/css/index', size: 0, current: true, links: [], more: undefined },
    ]);
  });

  test('a group with its own page is one entry, linked to that page', () => {
    const withHead = [...pages, { id: 'dom/Window', title: 'Window' }];
    const entries = currentArea(withHead, 'dom/Window')?.entries ?? [];
    expect(entries.map((e) => [e.title, e.href, e.current, e.links.length])).toEqual([
      ['Document', '/dom/Document', false, 0],
      ['Window', '/dom/Window', true, 2],
    ]);
    expect(groupHref(indexOf(withHead), 'dom', 'Window')).toBe('/dom/Window');
  });

  test('with no current page, no area lists entries', () => {
    expect(
      sidebarOf(pages, undefined).areas.every((a) => !a.current && a.entries.length === 0)
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

  test('nor with a large current group or area: it shows a part and links to the whole', () => {
    const big = [
      ...Array.from({ length: 700 }, (_, i) => ({
        id: `css/properties/p${String(i).padStart(3, '0')}`,
        title: `p${String(i).padStart(3, '0')}`,
      })),
      ...Array.from({ length: 300 }, (_, i) => ({ id: `css/g${i}/x`, title: 'x' })),
    ];
    const css = currentArea(big, 'css/properties/p350');
    expect(css?.entries).toHaveLength(NAV_WINDOW);
    expect(css?.more).toMatchObject({ href: '/css', of: 'CSS', total: 301 });
    const group = css?.entries.find((e) => e.current);
    expect(group?.links).toHaveLength(NAV_WINDOW);
    expect(group?.links.find((l) => l.current)?.title).toBe('p350');
    expect(group?.more).toEqual({
      before: 350 - Math.floor(NAV_WINDOW / 2),
      after: 700 - 350 - Math.ceil(NAV_WINDOW / 2),
      href: '/css#group-properties',
      of: 'Properties',
      total: 700,
    });
    const size = JSON.stringify(buildSidebar(indexOf(big), undefined)).length;
    expect(JSON.stringify(css).length).toBeLessThan(size + 12_000);
  });

  test('one-segment pages outside any area are counted, not listed', () => {
    const withWiki = [
      ...pages,
      { id: 'x_height', title: 'x_height', imported: true },
      { id: 'widow', title: 'widow', imported: true },
      { id: 'css/properties/color', title: 'color', imported: true },
    ];
    const elsewhere = sidebarOf(withWiki, 'widow');
    expect(elsewhere.areas.map((a) => a.id)).toEqual(['css', 'dom', 'apis']);
    expect(elsewhere.unlisted).toBe(2);
    // On such a page, no area is current.
    expect(elsewhere.areas.some((a) => a.current)).toBe(false);
    expect(sidebarOf(pages, undefined).unlisted).toBe(0);
  });

  test('translations and superseded wiki originals are not listed; a translation is placed at its page', () => {
    const list = [
      ...pages,
      { id: 'dom/Window/message', title: 'message', imported: true },
      { id: 'dom/Window/message.ja', title: 'message', imported: true, lang: 'ja' },
    ];
    const dom = currentArea(list, 'dom/Window/message.ja');
    const window = dom?.entries.find((e) => e.current);
    expect(window?.links.map((l) => [l.href, l.current])).toEqual([
      ['/dom/Window/message', true],
      ['/dom/Window/postMessage', false],
    ]);
  });
});

describe('windowAround', () => {
  const list = Array.from({ length: 100 }, (_, i) => i);

  test('keeps a short list whole', () => {
    expect(windowAround(list.slice(0, NAV_LIST_MAX), 3).items).toHaveLength(NAV_LIST_MAX);
  });

  test('centres on the item, and stays inside the list at its ends', () => {
    const middle = windowAround(list, 50);
    expect(middle.items[Math.floor(NAV_WINDOW / 2)]).toBe(50);
    expect(middle.before + middle.items.length + middle.after).toBe(100);
    expect(windowAround(list, 0)).toMatchObject({ before: 0, after: 100 - NAV_WINDOW });
    expect(windowAround(list, -1).items[0]).toBe(0);
    expect(windowAround(list, 99)).toMatchObject({ before: 100 - NAV_WINDOW, after: 0 });
  });
});
