import { describe, expect, test } from 'vitest';
import { Diagnostics } from './diagnostics.ts';
import { candidateTitles, isSafeUrl, normalizeTitle, PageIndex, PageLinks } from './links.ts';

const index = new PageIndex(
  [
    { title: 'dom/Window', id: 'dom/Window' },
    { title: 'dom/Window/message', id: 'dom/Window/message/wiki-original' },
    { title: 'css', id: 'css/wiki-original' },
    { title: 'html/elements/a/ja', id: 'html/elements/a.ja' },
    { title: 'Apis/Foo', id: 'Apis/Foo' },
    { title: 'apis/foo', id: 'apis/foo' },
  ],
  ['dom/Window/message']
);
const linksFrom = (from: string) => {
  const diagnostics = new Diagnostics();
  return { links: new PageLinks(index, from, diagnostics), diagnostics };
};

describe('PageIndex', () => {
  test('an exact title wins; a curated page replaces the wiki page with its title', () => {
    expect(index.resolve(['dom/Window'])).toEqual({ id: 'dom/Window', title: 'dom/Window' });
    expect(index.resolve(['dom/Window/message'])?.id).toBe('dom/Window/message');
    expect(index.resolve(['css'])?.id).toBe('css/wiki-original');
    expect(index.resolve(['html/elements/a/ja'])?.id).toBe('html/elements/a.ja');
  });

  test('then MediaWiki’s rule: the first letter in either case', () => {
    expect(index.resolve(['Dom/Window'])?.id).toBe('dom/Window');
    expect(index.resolve(['Html/elements/a/ja'])?.id).toBe('html/elements/a.ja');
  });

  test('then a unique match in any case, never a guess between two', () => {
    expect(index.resolve(['DOM/WINDOW'])?.id).toBe('dom/Window');
    expect(index.resolve(['APIS/FOO'])).toBeUndefined();
  });

  test('then a unique match without punctuation, as the corpus’s file names are written', () => {
    const pages = new PageIndex([
      { title: 'css/atrules/keyframes', id: 'css/atrules/keyframes' },
      { title: 'a/b-c', id: 'a/b-c' },
      { title: 'a/bc', id: 'a/bc' },
    ]);
    expect(pages.resolve(['css/atrules/@keyframes'])?.id).toBe('css/atrules/keyframes');
    expect(pages.resolve(['a/b_c'])).toBeUndefined();
  });

  test('candidates are tried in order, exact ones before loose ones', () => {
    expect(index.resolve(['nowhere', 'dom/window', 'dom/Window'])?.id).toBe('dom/Window');
  });

  test('knows which ids are pages', () => {
    expect(index.hasId('dom/Window/message')).toBe(true);
    expect(index.hasId('css/wiki-original')).toBe(true);
    expect(index.hasId('css')).toBe(false);
  });
});

describe('titles', () => {
  test('normalised as the wiki does: spaces as underscores, no colon, no doubled or trailing slash', () => {
    expect(normalizeTitle(' :dom//Window/ post  Message/ ')).toBe('dom/Window/_post_Message');
    expect(normalizeTitle('dom/Window/post Message')).toBe('dom/Window/post_Message');
  });

  test('relative links read as MediaWiki does, then from the root', () => {
    expect(candidateTitles('/sub', 'a/b')).toEqual(['a/b/sub', 'sub']);
    expect(candidateTitles('../c', 'a/b')).toEqual(['a/c', 'c']);
    expect(candidateTitles('../../../../x', 'a/b')).toEqual(['x', 'x']);
  });

  test('safe URLs: http(s), mailto, ftp; no script, data or relative URL', () => {
    expect(isSafeUrl('https://example.org/x')).toBe(true);
    expect(isSafeUrl('mailto:someone@example.org')).toBe(true);
    expect(isSafeUrl('ftp://ftp.example.org/')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//example.org',
      '/local',
      'http://',
      'https:/x',
    ])
      expect(isSafeUrl(url), url).toBe(false);
  });
});

describe('PageLinks', () => {
  test('a link to a page goes to its id; to no page, it is its text and a warning', () => {
    const { links, diagnostics } = linksFrom('dom/Window/postMessage');
    expect(links.wikiLink('dom/Window/message', 'm', 3)).toBe('[m](/dom/Window/message)');
    expect(links.wikiLink('css', undefined, 4)).toBe('[css](/css/wiki-original)');
    expect(links.wikiLink('dom/Nowhere', 'gone', 5)).toBe('gone');
    expect(links.targets).toEqual(['dom/Window/message', 'css/wiki-original']);
    expect(diagnostics.warnings).toEqual([
      expect.objectContaining({ kind: 'missing-page', line: 5, subject: 'dom/Nowhere' }),
    ]);
  });

  test('another page’s fragment is dropped; this page’s waits for its headings', () => {
    const { links, diagnostics } = linksFrom('dom/Window');
    const other = links.wikiLink('dom/Window/message#Examples', 'e', 1);
    const own = links.wikiLink('#Browser_compatibility', 'c', 2);
    const ownByName = links.wikiLink('dom/Window#Missing_one', 'm', 3);
    expect(other).toBe('[e](/dom/Window/message)');
    const markdown = `${other} ${own} ${ownByName}`;
    expect(links.hasAnchors).toBe(true);
    expect(links.labelsOnly(markdown)).toBe('[e](/dom/Window/message) c m');
    expect(links.settleAnchors(markdown, new Set(['browser-compatibility']))).toBe(
      '[e](/dom/Window/message) [c](#browser-compatibility) m'
    );
    expect(diagnostics.warnings.map((w) => w.kind)).toEqual(['missing-anchor']);
  });

  test('a fragment in the wiki’s encoding finds its heading (".E6.A8.99" is "標")', () => {
    const { links } = linksFrom('ja/page');
    const link = links.wikiLink('#Web_.E6.A8.99.E6.BA.96', 'x', 1);
    expect(links.settleAnchors(link, new Set(['web-標準']))).toBe('[x](#web-標準)');
  });

  test('external links: the wiki’s own URLs go to the site, unsafe schemes stay text', () => {
    const { links, diagnostics } = linksFrom('x');
    expect(links.externalLink('http://docs.webplatform.org/wiki/dom/Window', 'w', 1)).toBe(
      '[w](/dom/Window)'
    );
    expect(links.externalLink('//example.org/a', 'a', 1)).toBe('[a](https://example.org/a)');
    expect(links.externalLink('javascript:alert(1)', 'x', 2)).toBe('x (javascript:alert(1))');
    expect(diagnostics.warnings.map((w) => w.kind)).toEqual(['unsafe-url']);
  });

  test('a link to the closed wiki’s host that no page of the site answers is its text, reported', () => {
    const { links, diagnostics } = linksFrom('x');
    expect(
      links.externalLink('http://docs.webplatform.org/wiki/WPD:Filing_Bugs', 'file a bug', 1)
    ).toBe('file a bug');
    expect(links.externalLink('https://docs.webplatform.org/wiki/no/such_page', undefined, 2)).toBe(
      'no/such page'
    );
    expect(
      links.externalLink(
        'http://docs.webplatform.org/w/index.php?title=Special:UserLogin',
        'sign up',
        3
      )
    ).toBe('sign up');
    // A bare URL shown as text would be linked again by the renderer: it is code.
    expect(links.externalLink('http://docs.webplatform.org/w/index.php?x=1', undefined, 4)).toBe(
      '`http://docs.webplatform.org/w/index.php?x=1`'
    );
    expect(diagnostics.warnings.map((w) => [w.kind, w.line])).toEqual([
      ['missing-page', 1],
      ['missing-page', 2],
      ['missing-page', 3],
      ['missing-page', 4],
    ]);
    // The archive of its pages still answers: a link there stays a link.
    expect(links.externalLink('https://webplatform.github.io/docs/no/such_page/', 'a', 4)).toBe(
      '[a](https://webplatform.github.io/docs/no/such_page/)'
    );
  });
});
