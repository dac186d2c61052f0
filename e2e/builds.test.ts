import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_FRAMES } from '../src/lib/messaging/demo-frames';
import { cspMetaProblem } from '../src/lib/security/head-order';
import { formatHeadersFile, siteHeaderRules } from '../src/lib/security/headers';
import { buildSite } from './build-site';
import { pageFile } from '../src/lib/navigation/deploy-target';

/**
 * Real builds of the site, one after another (they share the project's .astro folder): fixture
 * content that must fail, and the settings that change what a build writes.
 */
const scratch = mkdtempSync(join(tmpdir(), 'wpref-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const buildFixture = (name: string) =>
  buildSite(join(scratch, name), { WPREF_CONTENT_DIR: resolve('e2e/fixtures', name) });

describe('the build refuses broken content', () => {
  test('bad frontmatter: names the file, the field and what was expected', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('dom/Window/message data does not match collection schema');
    expect(output).toContain('event.bubbles: expected true or false');
    expect(output).toContain('e2e/fixtures/bad-frontmatter/dom/Window/message.mdx');
  }, 120_000);

  test('a related page that does not exist: names the file, the field and the missing id', () => {
    const { status, output } = buildFixture('unknown-related');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'dom/Window/message.mdx: field "related[0]" names "apis/web-messaging/MessageEvnet", but no page has that id'
    );
  }, 120_000);

  test('an alias that collides with another page’s URL', () => {
    const { status, output } = buildFixture('alias-collision');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /\/dom\/window\/message is claimed by .*dom\/Window\/message\.mdx \(its own URL\) and .*dom\/Window\/other\.mdx \(field "aliases"\)/
    );
  }, 120_000);

  test('aliases that would leave the site or its output folder: names the file, each field and why', () => {
    const { status, output } = buildFixture('bad-aliases');
    expect(status).not.toBe(0);
    expect(output).toContain('e2e/fixtures/bad-aliases/dom/Window/message.mdx');
    for (const [field, alias, problem] of [
      ['aliases.1', '"/../../tmp/x"', 'it has a "." or ".." segment'],
      ['aliases.2', '"/\\\\evil.example"', 'it has a "\\", which browsers read as "/"'],
      ['aliases.3', '"//evil.example"', 'it starts with "//", which names another host'],
      ['aliases.4', '"/%2e%2e/%2e%2e/tmp/x"', 'it has a percent-encoded "."'],
    ]) {
      expect(output).toContain(`${field}: expected a clean absolute site path`);
      expect(output).toContain(`${alias} is not one: ${problem}`);
    }
  }, 120_000);

  test('an unknown BCD key: names the file, the field, the key and the nearest key', () => {
    const { status, output } = buildFixture('unknown-bcd-key');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /dom\/Window\/message\.mdx: field "bcd" names "api\.Window\.mesage_event", which is not a feature of @mdn\/browser-compat-data \(the nearest existing key is "api\.Window"\)/
    );
  }, 120_000);

  test('a spec URL in no known specification: names the file and the field', () => {
    const { status, output } = buildFixture('unknown-spec-url');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /dom\/Window\/message\.mdx: field "specs\[1\]\.url" links to https:\/\/specs\.example\.org\/messaging#event-message, which is not in any specification that web-specs lists/
    );
  }, 120_000);

  test('an unknown web-features id: names the file, the field and the id', () => {
    const { status, output } = buildFixture('unknown-web-feature');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /dom\/Window\/message\.mdx: field "webFeatures" names "post-message", which is not a feature id of web-features/
    );
  }, 120_000);

  test('an event target the specs do not list: names the file, the field, the claim and the data', () => {
    const { status, output } = buildFixture('wrong-event-target');
    expect(status).not.toBe(0);
    expect(output).toContain(
      "the event facts contradict the specifications' data (@webref/events)"
    );
    expect(output).toMatch(
      /event\.targets\[1\]\.interface: the page says "Element", but no spec lists a "message" event there \(the specs list: .*Window/
    );
  }, 120_000);

  test('a property the IDL lacks: names the page, the interface and the member', () => {
    const { status, output } = buildFixture('unknown-property');
    expect(status).not.toBe(0);
    expect(output).toContain(
      '<Property of="MessageEvent" name="domain">: MessageEvent has no member "domain" in @webref/idl'
    );
  }, 120_000);

  test('broken links and anchors in prose: names the source file and line, the page and each link', () => {
    const { status, output } = buildFixture('broken-links');
    expect(status).not.toBe(0);
    const file = 'e2e/fixtures/broken-links/dom/Window/message.mdx';
    expect(output).toContain('3 broken links or anchors:');
    expect(output).toContain(
      `${file}:26 (/dom/Window/message): "/dom/Window/mesage" leads to no page or file of the site (did you mean /dom/Window/message?)`
    );
    expect(output).toContain(
      `${file}:27 (/dom/Window/message): "#securty" names #securty, but /dom/Window/message has no element with that id`
    );
    expect(output).toContain(
      `${file}:27 (/dom/Window/message): "/dom#no-such-group" names #no-such-group, but /dom has no element with that id`
    );
    // The one good link is not reported.
    expect(output).not.toContain('"/dom/Window/message#syntax"');
  }, 120_000);

  test('<script>, onclick= and javascript: URLs in MDX: names the file and line of each', () => {
    const { status, output } = buildFixture('unsafe-mdx');
    expect(status).not.toBe(0);
    const file = 'e2e/fixtures/unsafe-mdx/dom/Window/message.mdx';
    expect(output).toContain(`${file}: 4 pieces of markup would run code`);
    expect(output).toContain(`${file}:34: a <script> element (content may not run scripts)`);
    expect(output).toContain(
      `${file}:36: the event handler attribute onclick= on <button> (content may not run scripts)`
    );
    expect(output).toContain(`${file}:38: a javascript: URL in href= on <a>`);
    // The site's own component on line 30 is not raw HTML.
    expect(output).not.toContain(`${file}:30`);
  }, 120_000);

  test('<script>, onerror= and javascript: URLs in imported Markdown: the page does not ship', () => {
    const { status, output } = buildSite(join(scratch, 'unsafe-markdown'), {
      WPREF_CONTENT_DIR: resolve('e2e/fixtures/valid'),
      WPREF_WIKI_DIR: resolve('e2e/fixtures/unsafe-markdown'),
    });
    expect(status).not.toBe(0);
    const file = 'e2e/fixtures/unsafe-markdown/guides/unsafe.md';
    // Rendered while the collection loads, which only logs a failure: the build fails after it.
    expect(output).toContain('1 Markdown page did not render:');
    expect(output).toContain(`${file}: 3 pieces of markup would run code`);
    expect(output).toContain(`${file}:16: a <script> element (content may not run scripts)`);
    expect(output).toContain(
      `${file}:18: the event handler attribute onerror= on <img> (content may not run scripts)`
    );
    expect(output).toContain(`${file}:20: a javascript: URL in href= on <a>`);
  }, 120_000);

  test('a valid fixture builds, so the failures above are the content’s fault', () => {
    const { status, output } = buildFixture('valid');
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  }, 120_000);
});

describe('a build that knows its origin (SITE_URL)', () => {
  test('writes a sitemap of the canonical pages, names it in robots.txt, and uses absolute canonical URLs', () => {
    // Built for a host that serves page.html at /page: one .html file per page.
    const { status, output } = buildSite(join(scratch, 'site-url-with'), {
      SITE_URL: 'https://reference.example.org',
      DEPLOY_TARGET: 'cloudflare-pages',
    });
    expect(status, output).toBe(0);
    const dist = join(scratch, 'site-url-with', 'dist');
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain('https://reference.example.org/dom/Window/message');
    expect(locs).toContain('https://reference.example.org/apis/web-messaging/MessageEvent');
    expect(locs).toContain('https://reference.example.org/dom');
    expect(locs.some((loc) => loc?.includes('/Web/API/'))).toBe(false);
    expect(locs.some((loc) => loc?.includes('/demo-frames/'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://reference.example.org/sitemap.xml'
    );
    const flagship = readFileSync(join(dist, 'dom/Window/message.html'), 'utf8');
    expect(flagship).toContain(
      '<link rel="canonical" href="https://reference.example.org/dom/Window/message">'
    );
    expect(flagship).toContain(
      '<meta property="og:url" content="https://reference.example.org/dom/Window/message">'
    );
    expect(existsSync(join(dist, 'dom/Window/message/index.html'))).toBe(false);
  }, 120_000);
});

describe('a default build (no SITE_URL)', () => {
  const dist = join(scratch, 'default', 'dist');
  let build: { status: number | null; output: string };
  beforeAll(() => {
    build = buildSite(join(scratch, 'default'), { SITE_URL: '' });
  }, 120_000);

  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('writes no sitemap, and robots.txt names none', () => {
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    // No canonical URL or og:url at all rather than a relative one (Lighthouse fails those).
    const flagship = readFileSync(join(dist, pageFile('/dom/Window/message', 'directory')), 'utf8');
    expect(flagship).not.toContain('rel="canonical"');
    expect(flagship).not.toContain('og:url');
  });

  test('every document has its Content-Security-Policy <meta> first in its head', () => {
    const documents = htmlFiles(dist);
    // Pages, area pages, aliases' redirect pages, the 404 page and the demo frames.
    expect(documents.length).toBeGreaterThan(30);
    expect(documents).toContain(pageFile('/demo-frames/runner', 'directory'));
    expect(documents).toContain('404.html');
    const problems = documents.flatMap((file) => {
      const problem = cspMetaProblem(readFileSync(join(dist, file), 'utf8'));
      return problem ? [`${file}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  test('writes _headers for hosts that take it, sandboxing the sandboxed frames', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(
      formatHeadersFile(siteHeaderRules(Object.values(DEMO_FRAMES)))
    );
  });

  test('the frames’ classic scripts declare no globals: each bundle is one wrapped function', () => {
    const frames = readdirSync(join(dist, '_astro')).filter((file) =>
      /^(runner|sandboxed-sender|receiver)-.*\.js$/.test(file)
    );
    expect(frames).toHaveLength(3);
    for (const file of frames) {
      const code = readFileSync(join(dist, '_astro', file), 'utf8').trim();
      expect(code.startsWith('(()=>{'), file).toBe(true);
      expect(code.endsWith('})();'), file).toBe(true);
    }
  });
});

/** Every HTML file under a folder, as paths relative to it. */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}

describe('a build with the WebPlatform wiki imported (npm run build:with-wiki, on a sample)', () => {
  test('imported pages are published beside the pages they would collide with, unreviewed facts shown, not fatal', () => {
    const importDir = join(scratch, 'wiki-sample-import');
    const sample = resolve('e2e/fixtures/wiki-sample');
    const imported = spawnSync(
      process.execPath,
      ['scripts/import.ts', sample, '--root', sample, '--out', importDir],
      { encoding: 'utf8' }
    );
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const { status, output } = buildSite(join(scratch, 'wiki-sample'), {
      WPREF_WIKI_DIR: importDir,
    });
    expect(status, output).toBe(0);
    // A wiki page at a URL a curated page's alias claims, in another letter case, yields and the
    // build says so (a corpus can never fail the build with a clash).
    expect(output).toMatch(
      /\/dom\/messageevent → \/dom\/messageevent\/wiki-original \(.*MessageEvent\.mdx \(field "aliases"\) has it\)/
    );
    const dist = join(scratch, 'wiki-sample', 'dist');
    const html = (url: string) => readFileSync(join(dist, pageFile(url, 'directory')), 'utf8');
    const text = (url: string) =>
      html(url)
        // Word-break opportunities are not spaces.
        .replace(/<wbr\s*\/?>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/\s+/g, ' ');

    // The curated flagship keeps its URL and links the wiki page it replaced.
    expect(html('/dom/Window/message')).toMatch(
      /<a href="\/dom\/Window\/message\/wiki-original"[^>]*>The wiki page as imported<\/a>/
    );
    // The imported original: flagged for review, its wiki facts checked against the specs' data.
    const original = text('/dom/Window/message/wiki-original');
    expect(original).toContain('This page needs review');
    expect(original).toContain("Where the specifications' data disagrees with this page:");
    expect(original).toMatch(/event\.targets\[0\]\.interface: the page says "Element"/);
    expect(original).toContain('This page is imported from message · WebPlatform Docs');
    expect(original).toContain('Source: WebPlatform wiki: dom/Window/message');
    // A one-segment wiki page with no pages under it is no area: it keeps its URL, and its
    // "Specifications" heading does not take the layout's anchor. Its data links no
    // specification, so the layout has no Specifications section, nor a contents entry for one.
    const css = html('/css');
    expect(css).toMatch(/<h3 id="specifications-from-the-wiki"/);
    expect(css).not.toMatch(/<h2 id="specifications"|href="#specifications"/);
    expect(html('/dom/Window/message')).toMatch(/<h2 id="specifications"/);
    // The home page counts the imported pages per area; the reviewed pages come first.
    const home = text('/');
    expect(home).toMatch(
      /\d+ pages in \d+ areas: 8 reviewed against the specifications, the others imported from the WebPlatform wiki/
    );
    expect(home.indexOf('Reviewed pages')).toBeLessThan(home.indexOf('CSS'));
    // Pages outside any area are listed on the home page, and counted in an unscoped sidebar.
    expect(home).toMatch(
      /More pages Guides and glossary terms of the wiki, outside any area\. .*CSS/
    );
    expect(text('/css')).toContain('1 more page');
    expect(css).not.toMatch(/aria-current="true"/);
    // Imported pages put their policy first too.
    expect(cspMetaProblem(css)).toBe(undefined);
    expect(cspMetaProblem(html('/dom/Window/message/wiki-original'))).toBe(undefined);
  }, 180_000);
});
