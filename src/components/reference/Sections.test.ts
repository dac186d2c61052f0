import { describe, expect, test } from 'vitest';
import Specifications from './Specifications.astro';
import Compatibility from './Compatibility.astro';
import SeeAlso from './SeeAlso.astro';
import Attribution from './Attribution.astro';
import { renderComponent } from '~/test-utils/container';

describe('<Specifications>', () => {
  test('one row per spec link, with the section name or else the anchor as link text', async () => {
    const html = await renderComponent(Specifications, {
      specs: [
        {
          title: 'HTML Standard',
          section: 'Cross-document messaging',
          url: 'https://html.spec.whatwg.org/#web-messaging',
        },
        { title: 'HTML Standard', url: 'https://html.spec.whatwg.org/#event-message' },
      ],
    });
    expect(html).toMatch(/<h2[^>]* id="specifications"/);
    expect(html).toContain('<a href="https://html.spec.whatwg.org/#web-messaging"');
    expect(html).toContain('>Cross-document messaging</a>');
    expect(html).toContain('>event-message</a>');
  });
});

describe('<Compatibility>', () => {
  test('lists the page’s BCD keys under the browser-compatibility anchor', async () => {
    const html = await renderComponent(Compatibility, {
      bcd: ['api.Window.message_event', 'api.Worker.message_event'],
    });
    expect(html).toMatch(/<h2[^>]* id="browser-compatibility"/);
    expect([...html.matchAll(/<code[^>]*>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual([
      'api.Window.message_event',
      'api.Worker.message_event',
    ]);
  });

  test('says so when a page has no keys', async () => {
    expect(await renderComponent(Compatibility, { bcd: [] })).toContain(
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
    });
    expect(html).toContain('<a href="https://webplatform.github.io/docs/dom/Window/message/"');
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
    });
    expect(html).toContain('original work');
  });
});
