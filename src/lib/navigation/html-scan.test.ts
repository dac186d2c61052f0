import { describe, expect, test } from 'vitest';
import { scanHtml } from './html-scan';

describe('scanHtml', () => {
  test('reads ids, links and where the page came from', () => {
    const page = scanHtml(`<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="/_astro/site.css"><link rel=alternate type="application/json" href='/x.json'>
      </head><body><article data-wp-source="src/content/reference/x.mdx" data-pagefind-body>
      <h2 id="usage">Usage</h2><a href="/dom/Window/message#security">message</a>
      <iframe src="/demo-frames/receiver" title="Receiver"></iframe><img src=/favicon.svg alt="">
      </article></body></html>`);
    expect(page.ids).toEqual(['usage']);
    expect(page.links).toEqual([
      { tag: 'link', attribute: 'href', url: '/_astro/site.css', rel: 'stylesheet' },
      { tag: 'link', attribute: 'href', url: '/x.json', rel: 'alternate' },
      { tag: 'a', attribute: 'href', url: '/dom/Window/message#security', rel: undefined },
      { tag: 'iframe', attribute: 'src', url: '/demo-frames/receiver', rel: undefined },
      { tag: 'img', attribute: 'src', url: '/favicon.svg', rel: undefined },
    ]);
    expect(page.source).toBe('src/content/reference/x.mdx');
    expect(page.imported).toBe(false);
    expect(page.redirect).toBeUndefined();
  });

  test('decodes entities in attribute values, and keeps ">" inside quotes', () => {
    const page = scanHtml('<a title="a > b" href="/search?q=a&amp;b=c#x&#39;y">x</a>');
    expect(page.links[0]?.url).toBe("/search?q=a&b=c#x'y");
  });

  test('never reads links in comments, scripts, styles or code text', () => {
    const page = scanHtml(`<!-- <a href="/commented"> -->
      <script>const html = '<a href="/in-script">';</script>
      <style>a[href="/in-style"] { color: red }</style>
      <pre><code>&lt;a href="/in-code"&gt;</code></pre>
      <textarea><a href="/in-textarea"></textarea>
      <a href="/real">real</a>`);
    expect(page.links.map((link) => link.url)).toEqual(['/real']);
  });

  test('marks imported pages and redirect pages', () => {
    expect(scanHtml('<article data-wp-source="w.md" data-wp-imported>').imported).toBe(true);
    expect(scanHtml('<a id="wp-redirect" href="/dom/Window/message">m</a>').redirect).toBe(
      '/dom/Window/message'
    );
  });

  test('survives markup cut short', () => {
    expect(scanHtml('<a href="/x').links).toEqual([
      { tag: 'a', attribute: 'href', url: '/x', rel: undefined },
    ]);
    expect(scanHtml('<!-- unterminated').links).toEqual([]);
    expect(scanHtml('a < b and <3').links).toEqual([]);
  });
});
