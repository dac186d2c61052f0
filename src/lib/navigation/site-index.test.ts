import { describe, expect, test } from 'vitest';
import { buildSiteIndex, translatedUrl, type IndexablePage } from './site-index';

const page = (id: string, more: Partial<IndexablePage> = {}): IndexablePage => ({
  id,
  filePath: `${id}.mdx`,
  title: id.split('/').at(-1) ?? id,
  kind: 'overview',
  aliases: [],
  imported: false,
  ...more,
});
const wiki = (id: string, more: Partial<IndexablePage> = {}) =>
  page(id, { imported: true, filePath: `wiki/${id}.md`, ...more });

describe('routes', () => {
  test('serves each page at its canonical URL and each alias as a redirect to it', () => {
    const index = buildSiteIndex([page('dom/Window/message', { aliases: ['/Web/API/x'] })]);
    expect(index.routes).toEqual([
      { kind: 'page', path: '/dom/Window/message', key: 'reference:dom/Window/message' },
      {
        kind: 'redirect',
        path: '/Web/API/x',
        key: 'reference:dom/Window/message',
        to: '/dom/Window/message',
        derived: false,
      },
    ]);
  });

  test('refuses an alias that is another curated page’s URL, naming both files', () => {
    expect(() => buildSiteIndex([page('a/b'), page('c/d', { aliases: ['/a/b'] })])).toThrow(
      '/a/b is claimed by a/b.mdx (its own URL) and c/d.mdx (field "aliases")'
    );
  });

  test('refuses an alias two curated pages share, and paths that differ only in case', () => {
    expect(() =>
      buildSiteIndex([page('a/b', { aliases: ['/x'] }), page('c/d', { aliases: ['/X'] })])
    ).toThrow('/x is claimed by a/b.mdx (field "aliases") and c/d.mdx (field "aliases")');
  });

  test('refuses a curated page or alias at the URL of an area index', () => {
    expect(() => buildSiteIndex([page('css'), page('css/color')])).toThrow(
      '/css is claimed by css.mdx (its own URL) and the index page of area "css"'
    );
    expect(() => buildSiteIndex([page('dom/Window', { aliases: ['/dom'] })])).toThrow(
      '/dom is claimed by dom/Window.mdx (field "aliases") and the index page of area "dom"'
    );
  });

  test('lists every clash in one error', () => {
    expect(() =>
      buildSiteIndex([
        page('a/a', { aliases: ['/x', '/y'] }),
        page('b/b', { aliases: ['/x', '/y'] }),
      ])
    ).toThrow(/\/x is claimed.*\n.*\/y is claimed/);
  });
});

describe('derived aliases (MDN URLs of BCD keys) go to the strongest claim, never fail the build', () => {
  const redirects = (pages: IndexablePage[]) =>
    buildSiteIndex(pages)
      .routes.filter((route) => route.kind === 'redirect')
      .map((route) => [route.path, route.kind === 'redirect' ? route.to : '', route.derived]);

  test('the highest rank wins, in any case; a curated alias keeps its path', () => {
    expect(
      redirects([
        page('dom/Window/message', {
          kind: 'event',
          aliases: ['/en-US/docs/Web/API/Window/message_event'],
          derivedAliases: [
            { path: '/en-US/docs/Web/API/Window/message_event', rank: [1, 1, 1, 0] },
            { path: '/en-US/docs/Web/API/Worker/message_event', rank: [1, 1, 0, -1] },
          ],
        }),
        page('apis/workers/Worker', {
          kind: 'interface',
          derivedAliases: [
            { path: '/en-US/docs/Web/API/Worker', rank: [1, 1, 1, 0] },
            { path: '/en-us/docs/Web/API/Worker/message_event', rank: [1, 0, 0, -2] },
          ],
        }),
      ])
    ).toEqual([
      ['/en-US/docs/Web/API/Window/message_event', '/dom/Window/message', false],
      ['/en-US/docs/Web/API/Worker', '/apis/workers/Worker', true],
      ['/en-US/docs/Web/API/Worker/message_event', '/dom/Window/message', true],
    ]);
  });

  test('a page URL or an area index keeps its path; equal ranks go to the first URL', () => {
    expect(
      redirects([
        page('b/page', {
          derivedAliases: [
            { path: '/x/y', rank: [0] },
            { path: '/a', rank: [9] },
          ],
        }),
        page('a/page', { derivedAliases: [{ path: '/x/y', rank: [0] }] }),
        page('x/y'),
      ])
    ).toEqual([]);
    expect(
      redirects([
        page('b/page', { derivedAliases: [{ path: '/m/n', rank: [0] }] }),
        page('a/page', { derivedAliases: [{ path: '/m/n', rank: [0] }] }),
      ])
    ).toEqual([['/m/n', '/a/page', true]]);
  });

  test('an imported page’s aliases yield to curated claims but beat imported derived ones', () => {
    expect(
      redirects([
        wiki('html/elements/big', { aliases: ['/html/big', '/x/curated'] }),
        wiki('html/elements/small', { derivedAliases: [{ path: '/html/big', rank: [0, 1] }] }),
        page('x/page', { aliases: ['/x/curated'] }),
      ])
    ).toEqual([
      ['/x/curated', '/x/page', false],
      ['/html/big', '/html/elements/big', true],
    ]);
  });

  test('a claim that is not a clean site path is left out and reported', () => {
    const index = buildSiteIndex([
      page('a/b', { derivedAliases: [{ path: '/../etc/passwd', rank: [1] }] }),
    ]);
    expect(index.routes.filter((route) => route.kind === 'redirect')).toEqual([]);
    expect(index.skippedAliases).toEqual([
      { path: '/../etc/passwd', filePath: 'a/b.mdx', problem: 'it has a "." or ".." segment' },
    ]);
  });
});

describe('imported pages yield, never fail the build', () => {
  test('to a curated page with the same path, and the curated page knows it', () => {
    const index = buildSiteIndex([page('dom/Window/message'), wiki('dom/Window/message')]);
    expect(index.byKey.get('wiki:dom/Window/message')?.url).toBe(
      '/dom/Window/message/wiki-original'
    );
    expect(index.yielded).toEqual([
      expect.objectContaining({
        wanted: '/dom/Window/message',
        url: '/dom/Window/message/wiki-original',
        takenById: 'dom/Window/message',
      }),
    ]);
  });

  test('to a curated alias, in any case', () => {
    const index = buildSiteIndex([
      page('apis/web-messaging/MessageEvent', { aliases: ['/dom/MessageEvent'] }),
      wiki('dom/messageevent'),
    ]);
    expect(index.byKey.get('wiki:dom/messageevent')?.url).toBe('/dom/messageevent/wiki-original');
    expect(index.yielded[0]?.takenBy).toContain('field "aliases"');
  });

  test('to an area index, and to each other, with numbered places', () => {
    const index = buildSiteIndex([
      wiki('css'),
      wiki('css/color'),
      wiki('dom/Thing'),
      wiki('dom/thing'),
      wiki('dom/thing/wiki-original'),
    ]);
    expect(index.byKey.get('wiki:css')?.url).toBe('/css/wiki-original');
    // Ids in code-point order: "dom/Thing" first keeps its URL.
    expect(index.byKey.get('wiki:dom/Thing')?.url).toBe('/dom/Thing');
    expect(index.byKey.get('wiki:dom/thing')?.url).toMatch(/^\/dom\/thing\/wiki-original(-2)?$/);
    const urls = index.pages.map((p) => p.url.toLowerCase());
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('a one-segment page with nothing under it is no area, and keeps its URL', () => {
    const index = buildSiteIndex([wiki('x_height'), page('dom/Window/message')]);
    expect(index.byKey.get('wiki:x_height')?.url).toBe('/x_height');
    expect(index.areas).toEqual(['dom']);
    expect(index.topLevel.map((p) => p.url)).toEqual(['/x_height']);
  });
});

describe('groups, children and translations', () => {
  const index = buildSiteIndex([
    page('dom/Window/postMessage', { title: 'Window.postMessage()' }),
    page('dom/Window/message'),
    wiki('dom/Window/message'),
    page('apis/web-messaging/MessagePort', { kind: 'interface', title: 'MessagePort' }),
    wiki('html/elements/b', { title: 'b' }),
    wiki('html/elements/b.ja', { title: 'b', lang: 'ja' }),
  ]);

  test('groups are in title order; translations and copies are not pages of a group', () => {
    expect(index.byGroup.get('dom/Window')?.map((p) => p.url)).toEqual([
      '/dom/Window/message',
      '/dom/Window/message/wiki-original',
      '/dom/Window/postMessage',
    ]);
    expect(index.byGroup.get('html/elements')?.map((p) => p.url)).toEqual(['/html/elements/b']);
  });

  test('children are one level down, without the wiki-original copy', () => {
    expect(index.children.get('/dom/Window/message')).toBeUndefined();
    expect(index.children.get('/dom/Window')?.map((p) => p.url)).toEqual([
      '/dom/Window/message',
      '/dom/Window/postMessage',
    ]);
  });

  test('translations are grouped under the page they translate', () => {
    expect(index.translations.get('/html/elements/b')?.map((p) => p.lang)).toEqual(['ja']);
    expect(translatedUrl({ url: '/html/elements/b.ja', lang: 'ja' })).toBe('/html/elements/b');
  });

  test('interface pages are linked by title', () => {
    expect(index.interfaceLinks).toEqual({ MessagePort: '/apis/web-messaging/MessagePort' });
  });
});

describe('superseded pages, area overviews and the originals of translations', () => {
  const index = buildSiteIndex([
    page('dom/Window/message'),
    wiki('dom/Window/message'),
    wiki('dom/Thing'),
    wiki('dom/thing'),
    wiki('css'),
    wiki('css.es', { lang: 'es' }),
    wiki('css/color'),
  ]);
  const at = (key: string) => index.byKey.get(key);

  test('a page that yielded to a curated page or an area index is superseded', () => {
    expect(at('wiki:dom/Window/message')?.superseded).toBe(true);
    expect(at('wiki:css')?.superseded).toBe(true);
    expect(at('reference:dom/Window/message')?.superseded).toBe(false);
  });

  test('a page that yielded to another imported page is not: it is a page of its own', () => {
    expect(at('wiki:dom/thing')?.superseded).toBe(false);
  });

  test('an area’s overview is the imported page its index took the URL of', () => {
    expect(index.areaOverviews.get('css')?.url).toBe('/css/wiki-original');
    expect(index.areaOverviews.has('dom')).toBe(false);
  });

  test('a translation of an area’s overview belongs to the overview', () => {
    expect(index.originals.get('wiki:css.es')?.url).toBe('/css/wiki-original');
    expect(index.translations.get('/css/wiki-original')?.map((p) => p.lang)).toEqual(['es']);
  });

  test('review ranks default to reviewed for curated pages and unreviewed for imported ones', () => {
    expect(at('reference:dom/Window/message')?.reviewRank).toBe(0);
    expect(at('wiki:css/color')?.reviewRank).toBeGreaterThan(0);
    expect(buildSiteIndex([wiki('a/b', { reviewRank: 7 })]).pages[0]?.reviewRank).toBe(7);
  });
});
