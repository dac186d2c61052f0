import { describe, expect, test } from 'vitest';
import Specifications from './Specifications.astro';
import Compatibility from './Compatibility.astro';
import SeeAlso from './SeeAlso.astro';
import Attribution from './Attribution.astro';
import { renderComponent } from '~/test-utils/container';
import { readPackageJson } from '~/data/packages';
import { buildCompatTable, type BrowserInfo, type Identifier } from '~/lib/compat/compat-model';

describe('<Specifications>', () => {
  test('one row per spec link: the spec title and a link labelled with the section', async () => {
    const html = await renderComponent(Specifications, {
      specs: [
        {
          title: 'HTML',
          label: 'Cross-document messaging',
          url: 'https://html.spec.whatwg.org/#web-messaging',
        },
        {
          title: 'HTML',
          label: 'event-message',
          url: 'https://html.spec.whatwg.org/#event-message',
        },
      ],
    });
    expect(html).toMatch(/<h2[^>]* id="specifications"/);
    expect(html).toContain('<a href="https://html.spec.whatwg.org/#web-messaging"');
    expect(html).toContain('>Cross-document messaging</a>');
    expect(html).toContain('>event-message</a>');
    expect(html.match(/<td[^>]*>HTML<\/td>/g)).toHaveLength(2);
  });
});

describe('<Compatibility>', () => {
  const bcd = readPackageJson<Identifier & { browsers: Record<string, BrowserInfo> }>(
    '@mdn/browser-compat-data',
    'data.json'
  );
  const table = buildCompatTable(
    'p.mdx',
    ['api.Worker.message_event', 'api.MessagePort.message_event'],
    bcd,
    bcd.browsers
  );

  test('a table with grouped browser columns, a row per feature and a legend', async () => {
    const html = await renderComponent(Compatibility, { table, bcdVersion: '9.9.9' });
    expect(html).toMatch(/<h2[^>]* id="browser-compatibility"/);
    expect(
      [...html.matchAll(/<th scope="colgroup" colspan="(\d+)"[^>]*>([^<]+)</g)].map((m) => [
        m[2],
        m[1],
      ])
    ).toEqual([
      ['Desktop', '5'],
      ['Mobile', '5'],
      ['Server', '2'],
    ]);
    expect(html.match(/<th scope="row"/g)).toHaveLength(table.rows.length);
    expect(html.match(/<td data-state=/g)).toHaveLength(table.rows.length * 12);
    expect(html).toContain('Legend');
    expect(html).toContain('@mdn/browser-compat-data</code> 9.9.9');
    expect(html).toContain('https://github.com/mdn/browser-compat-data/issues/new?');
  });

  test('a CSS feature’s table has no server columns, for which BCD has no data', async () => {
    const css = buildCompatTable('p.mdx', ['css.properties.color'], bcd, bcd.browsers);
    const html = await renderComponent(Compatibility, { table: css, bcdVersion: '1' });
    expect([...html.matchAll(/<th scope="colgroup"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      'Desktop',
      'Mobile',
    ]);
    expect(html).not.toContain('Node.js');
    expect(html.match(/<td data-state=/g)).toHaveLength(css.rows.length * 10);
  });

  test('every cell states its support in text, not by colour alone', async () => {
    const html = await renderComponent(Compatibility, { table, bcdVersion: '1' });
    const cells = html.match(/<td data-state=.*?<\/td>/gs) ?? [];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells)
      expect(cell).toMatch(
        /<span class="wp-visually-hidden"[^>]*> (Full support|Partial support|No support|Support unknown|Removed|Behind a flag|Supported with a prefix|Supported under another name|In a preview release)</
      );
  });

  test('cells with notes open as <details>, so they work without JavaScript', async () => {
    const html = await renderComponent(Compatibility, { table, bcdVersion: '1' });
    const detailed = table.rows.flatMap((r) => r.cells).filter((c) => c.hasDetails).length;
    expect(html.match(/<details>/g)?.length ?? 0).toBe(detailed);
  });

  test('the browser check loads its module only on use, and its button is hidden without JavaScript', async () => {
    const html = await renderComponent(Compatibility, { table, bcdVersion: '1' });
    expect(html).toMatch(/<wp-browser-check data-wp-module="[^"]+" data-wp-load="interaction"/);
    expect(html).toMatch(/<button type="button" hidden data-wp-js-only/);
    expect(html).not.toContain('<script');
  });

  test('says so when a page has no keys', async () => {
    const empty = buildCompatTable('p.mdx', [], bcd, bcd.browsers);
    expect(await renderComponent(Compatibility, { table: empty, bcdVersion: '1' })).toContain(
      'No browser-compat-data feature'
    );
  });
});

describe('<SeeAlso>', () => {
  test('links each related page with its summary', async () => {
    const html = await renderComponent(SeeAlso, {
      links: [
        {
          title: 'MessageEvent',
          href: '/apis/web-messaging/MessageEvent',
          summary: 'The event object.',
        },
      ],
    });
    expect(html).toMatch(/<h2[^>]* id="see-also"/);
    expect(html).toContain('<a href="/apis/web-messaging/MessageEvent"');
    expect(html).toContain('The event object.');
  });

  test('renders nothing without links', async () => {
    expect((await renderComponent(SeeAlso, { links: [] })).trim()).toBe('');
  });
});

describe('<Attribution>', () => {
  const attribution = {
    source: {
      title: 'message · WebPlatform Docs',
      url: 'https://webplatform.github.io/docs/dom/Window/message/',
    },
    wikiPath: 'dom/Window/message',
    license: 'CC-BY-3.0',
    contributors: ['WebPlatform.org contributors'],
    upstream: [{ title: 'IE API reference (MSDN)', url: 'http://msdn.microsoft.com/x' }],
  };

  test('names the source, its authors, the license and the upstream work', async () => {
    const html = await renderComponent(Attribution, {
      attribution,
      lastReviewed: new Date('2026-11-25'),
      imported: false,
      wikiOriginalHref: undefined,
    });
    expect(html).toMatch(
      /a rewrite of\s*<a href="https:\/\/webplatform.github.io\/docs\/dom\/Window\/message\/"/
    );
    expect(html).not.toContain('The wiki page as imported');
    expect(html).toContain('WebPlatform.org contributors');
    expect(html).toMatch(
      /<a href="https:\/\/creativecommons\.org\/licenses\/by\/3\.0\/" rel="license"[^>]*>\s*CC BY 3\.0/
    );
    expect(html).toContain('IE API reference (MSDN)');
    expect(html).toContain('<time datetime="2026-11-25"');
  });

  test('original pages say so', async () => {
    const html = await renderComponent(Attribution, {
      attribution: undefined,
      lastReviewed: new Date('2026-11-25'),
      imported: false,
      wikiOriginalHref: undefined,
    });
    expect(html).toContain('original work');
  });

  test('an imported page says it is imported; a rewrite links the imported original when built', async () => {
    const importedHtml = await renderComponent(Attribution, {
      attribution,
      lastReviewed: undefined,
      imported: true,
      wikiOriginalHref: undefined,
    });
    expect(importedHtml).toMatch(/This page is imported from\s*<a href="https:\/\/webplatform/);
    const rewrite = await renderComponent(Attribution, {
      attribution,
      lastReviewed: new Date('2026-11-25'),
      imported: false,
      wikiOriginalHref: '/dom/Window/message/wiki-original',
    });
    expect(rewrite).toMatch(
      /<a href="\/dom\/Window\/message\/wiki-original"[^>]*>The wiki page as imported<\/a>/
    );
  });
});
