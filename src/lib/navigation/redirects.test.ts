import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { redirectPage, redirectsFile } from './redirects';
import type { IndexedRedirect } from './url-index';

const script = { code: '(function followRedirect(){})();', hash: 'sha256-abc=' };

describe('redirectPage', () => {
  const html = redirectPage(
    { to: '/dom/Window/message', title: 'message', canonical: undefined },
    script
  );

  test('runs only its own script, allowed by hash, and links the page', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-abc='; img-src 'self'; base-uri 'none'; form-action 'none'">`
    );
    expect(html).toContain('<script>(function followRedirect(){})();</script>');
    expect(html).toContain('<a id="wp-redirect" href="/dom/Window/message">message</a>');
  });

  test('falls back to a meta refresh without JavaScript only, so it cannot drop the fragment', () => {
    expect(html).toContain(
      '<noscript><meta http-equiv="refresh" content="0; url=/dom/Window/message"></noscript>'
    );
  });

  test('is not indexed, and names the canonical URL only when it is absolute', () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(
      redirectPage(
        {
          to: '/dom/Window/message',
          title: 'message',
          canonical: 'https://reference.example.org/dom/Window/message',
        },
        script
      )
    ).toContain('<link rel="canonical" href="https://reference.example.org/dom/Window/message">');
  });

  test('escapes the title and the URL, and keeps quotes out of the refresh URL', () => {
    const tricky = redirectPage(
      { to: "/css/a'b", title: '<b>&"x"</b>', canonical: undefined },
      script
    );
    expect(tricky).toContain('<title>Moved: &lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt; ·');
    expect(tricky).toContain('href="/css/a&apos;b"');
    expect(tricky).toContain('content="0; url=/css/a%27b"');
  });

  test('is valid HTML', async () => {
    const report = await new HtmlValidate({
      extends: ['html-validate:recommended'],
    }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });
});

describe('redirectsFile', () => {
  const redirect = (from: string, to: string, derived = false): IndexedRedirect => ({
    from,
    to,
    title: to,
    derived,
  });
  const redirects = [
    redirect('/Web/API/Window/message_event', '/dom/Window/message'),
    redirect('/en-US/docs/Web/API/Window/message_event', '/dom/Window/message'),
    redirect('/en-US/docs/Web/API/Worker/message_event', '/dom/Window/message', true),
    redirect('/en-US/docs/Web/CSS/Reference/Selectors/:hover', '/css/selectors/hover', true),
  ];
  const pages = ['/dom', '/dom/Window/message', '/css/selectors/hover'];
  const file = redirectsFile(redirects, pages, { force: false });
  const rules = file.text.split('\n').filter((line) => line && !line.startsWith('#'));

  test('every alias is an exact 301, curated aliases first, then derived ones', () => {
    expect(rules.slice(0, 3)).toEqual([
      '/Web/API/Window/message_event /dom/Window/message 301',
      '/en-US/docs/Web/API/Window/message_event /dom/Window/message 301',
      '/en-US/docs/Web/API/Worker/message_event /dom/Window/message 301',
    ]);
  });

  test('page URLs and curated aliases in lower case redirect too, once each', () => {
    expect(rules).toContain('/dom/window/message /dom/Window/message 301');
    expect(rules).toContain('/web/api/window/message_event /dom/Window/message 301');
    expect(rules).toContain('/en-us/docs/web/api/window/message_event /dom/Window/message 301');
    // Already lower case: no rule to itself.
    expect(rules.some((rule) => rule.startsWith('/dom '))).toBe(false);
    expect(new Set(rules.map((rule) => rule.split(' ')[0])).size).toBe(rules.length);
  });

  test('other shapes of MDN and WebPlatform URLs are splats, after every exact rule', () => {
    const firstSplat = rules.findIndex((rule) => rule.includes('*'));
    expect(rules.slice(firstSplat).every((rule) => rule.includes('*'))).toBe(true);
    for (const splat of [
      '/en-us/docs/* /en-US/docs/:splat 301',
      '/fr/docs/* /en-US/docs/:splat 301',
      '/pt-br/docs/* /en-US/docs/:splat 301',
      '/docs/Web/* /en-US/docs/Web/:splat 301',
      '/Web/* /en-US/docs/Web/:splat 301',
    ])
      expect(rules).toContain(splat);
    // The old webplatform.github.io shape comes last: /docs/Web/… above is MDN's.
    expect(rules.at(-1)).toBe('/docs/* /:splat 301');
    expect(rules).not.toContain('/en-US/docs/* /en-US/docs/:splat 301');
  });

  test('counts rules as Cloudflare Pages does, within its limits', () => {
    expect(file.staticRules + file.dynamicRules).toBe(rules.length);
    expect(file.dynamicRules).toBeLessThanOrEqual(100);
  });

  test('leaves a path with splat or placeholder syntax to its HTML page', () => {
    expect(file.unwritable).toEqual(['/en-US/docs/Web/CSS/Reference/Selectors/:hover']);
    expect(rules.some((rule) => rule.includes(':hover'))).toBe(false);
  });

  test('forces exact rules for Netlify, never splats (they must not hide a file)', () => {
    const forced = redirectsFile(redirects, pages, { force: true }).text;
    expect(forced).toContain('/Web/API/Window/message_event /dom/Window/message 301!\n');
    expect(forced).toContain('/docs/* /:splat 301\n');
  });

  test('writes no splat that could hide a page of the site', () => {
    const lines = redirectsFile([], ['/docs/guide', '/Web/page'], { force: false }).text.split(
      '\n'
    );
    expect(
      lines.filter((line) => line.startsWith('/docs/* ') || line.startsWith('/Web/* '))
    ).toEqual([]);
    expect(lines).toContain('/docs/Web/* /en-US/docs/Web/:splat 301');
  });

  test('percent-encodes what is not printable ASCII', () => {
    const text = redirectsFile([redirect('/guides/café', '/guides/cafe')], ['/guides/cafe'], {
      force: false,
    }).text;
    expect(text).toContain('/guides/caf%C3%A9 /guides/cafe 301');
  });
});
