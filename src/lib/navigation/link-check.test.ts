import { describe, expect, test } from 'vitest';
import { checkLinks, formatLinkProblems, type BuiltPage } from './link-check';
import type { ScannedPage } from './html-scan';

const scan = (more: Partial<ScannedPage>): ScannedPage => ({
  ids: [],
  links: [],
  source: undefined,
  imported: false,
  redirect: undefined,
  ...more,
});
const links = (...urls: string[]) =>
  urls.map((url) => ({ tag: 'a', attribute: 'href' as const, url, rel: undefined }));

const flagship: BuiltPage = {
  url: '/dom/Window/message',
  scan: scan({
    ids: ['security', 'examples'],
    source: 'src/content/reference/dom/Window/message.mdx',
  }),
};
const alias: BuiltPage = {
  url: '/Web/API/Window/message_event',
  scan: scan({ redirect: '/dom/Window/message', links: links('/dom/Window/message') }),
};
const files = new Set(['/_astro/site.css', '/dom/Window/message.json']);
const check = (...urls: string[]) =>
  checkLinks(
    [
      flagship,
      alias,
      {
        url: '/dom/Window/postMessage',
        scan: scan({
          ids: ['syntax'],
          links: links(...urls),
          source: 'src/content/reference/dom/Window/postMessage.mdx',
        }),
      },
    ],
    files,
    (path) => (path.toLowerCase() === '/dom/window/message' ? '/dom/Window/message' : undefined)
  ).map((problem) => `${problem.link} ${problem.problem}`);

describe('checkLinks', () => {
  test('accepts pages, files, fragments of pages, and fragments through a redirect', () => {
    expect(
      check(
        '/dom/Window/message',
        '/dom/Window/message#security',
        '/dom/Window/message?x=1#examples',
        '#syntax',
        '/Web/API/Window/message_event#security',
        '/_astro/site.css',
        '/dom/Window/message.json',
        '#top',
        '#'
      )
    ).toEqual([]);
  });

  test('leaves other sites alone', () => {
    expect(
      check(
        'https://html.spec.whatwg.org/#x',
        'mailto:a@example.org',
        'ftp://ftp.example.org/',
        '//cdn.example.org/x'
      )
    ).toEqual([]);
  });

  test('reports a link to no page, with the page it probably meant', () => {
    expect(check('/dom/window/message', '/dom/Window/nothing')).toEqual([
      '/dom/window/message leads to no page or file of the site (did you mean /dom/Window/message?)',
      '/dom/Window/nothing leads to no page or file of the site',
    ]);
  });

  test('reports a fragment the target page lacks, here or there', () => {
    expect(
      check('#sytnax', '/dom/Window/message#securty', '/Web/API/Window/message_event#x')
    ).toEqual([
      '#sytnax names #sytnax, but /dom/Window/postMessage has no element with that id',
      '/dom/Window/message#securty names #securty, but /dom/Window/message has no element with that id',
      '/Web/API/Window/message_event#x names #x, but /dom/Window/message has no element with that id',
    ]);
  });

  test('reports relative links and trailing slashes, which break under one of the layouts', () => {
    expect(check('message', '../Window/message', '/dom/Window/message/')).toEqual([
      'message is relative: it would resolve differently at /dom/Window/postMessage and /dom/Window/postMessage/; write it from the site root',
      '../Window/message is relative: it would resolve differently at /dom/Window/postMessage and /dom/Window/postMessage/; write it from the site root',
      '/dom/Window/message/ ends with "/": the site\'s URLs do not (write /dom/Window/message)',
    ]);
  });

  test('refuses javascript: URLs, however they are written', () => {
    expect(check('javascript:alert(1)', ' JavaScript:void(0)', 'vbscript:x')).toHaveLength(3);
  });

  test('looks for a suggestion only for pages written for the site', () => {
    let asked = 0;
    checkLinks(
      [{ url: '/a', scan: scan({ links: links('/b', '/c'), imported: true }) }],
      new Set(),
      () => {
        asked += 1;
        return undefined;
      }
    );
    expect(asked).toBe(0);
  });

  test('reports each link once per page, with the page’s source', () => {
    const problems = checkLinks(
      [
        {
          url: '/a',
          scan: scan({ links: links('/b', '/b'), source: 'a.md', imported: true }),
        },
      ],
      new Set()
    );
    expect(problems).toEqual([
      {
        page: '/a',
        source: 'a.md',
        imported: true,
        link: '/b',
        problem: 'leads to no page or file of the site',
      },
    ]);
  });
});

describe('formatLinkProblems', () => {
  test('names the source file and line, the page, the link and the problem, sorted', () => {
    const problems = [
      { page: '/b', source: 'src/b.mdx', imported: false, link: '/x', problem: 'leads nowhere' },
      { page: '/', source: undefined, imported: false, link: '#y', problem: 'names #y' },
      { page: '/a', source: 'src/a.mdx', imported: false, link: '/z', problem: 'leads nowhere' },
    ];
    expect(
      formatLinkProblems(problems, (source) => (source === 'src/a.mdx' ? 12 : undefined))
    ).toEqual([
      '  / (a page of src/pages): "#y" names #y',
      '  src/a.mdx:12 (/a): "/z" leads nowhere',
      '  src/b.mdx (/b): "/x" leads nowhere',
    ]);
  });
});
