import { describe, expect, test } from 'vitest';
import PageSummary from './PageSummary.astro';
import { renderComponent } from '~/test-utils/container';

const props = {
  title: 'message',
  summary: 'The message event fires when data arrives.',
  kind: 'event',
  standardization: 'living-standard',
  deprecated: false,
  baseline: undefined,
  reviewed: true,
};

describe('<PageSummary>', () => {
  test('renders kind, title, summary and status', async () => {
    const html = await renderComponent(PageSummary, props);
    expect(html).toMatch(/<h1[^>]* id="title"[^>]*>message<\/h1>/);
    expect(html).toContain('>Event</p>');
    expect(html).toContain('The message event fires when data arrives.');
    expect(html).toContain('Living Standard');
    expect(html).not.toContain('Deprecated');
  });

  test('search weighs a reviewed page’s title and summary above an imported page’s', async () => {
    const weights = (html: string) =>
      [...html.matchAll(/data-pagefind-weight="(\d+)"/g)].map(([, weight]) => Number(weight));
    const reviewed = weights(await renderComponent(PageSummary, props));
    const imported = weights(await renderComponent(PageSummary, { ...props, reviewed: false }));
    expect(reviewed).toHaveLength(2);
    expect(imported).toHaveLength(2);
    reviewed.forEach((weight, at) => expect(weight).toBeGreaterThan(imported[at] ?? Infinity));
  });

  test('marks deprecated features', async () => {
    expect(await renderComponent(PageSummary, { ...props, deprecated: true })).toContain(
      'Deprecated'
    );
  });

  test('shows the Baseline line with its feature ids', async () => {
    const html = await renderComponent(PageSummary, {
      ...props,
      baseline: {
        status: {
          baseline: 'high',
          baseline_low_date: '2015-07-29',
          baseline_high_date: '2018-01-29',
        },
        featureIds: ['postmessage'],
        uncoveredKeys: [],
      },
    });
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Baseline: Widely available since 2018-01-29 (web-features: postmessage)'
    );
    expect(html).toContain('<time datetime="2018-01-29"');
  });

  test('limited availability has no date', async () => {
    const html = await renderComponent(PageSummary, {
      ...props,
      baseline: { status: { baseline: false }, featureIds: [], uncoveredKeys: ['api.X'] },
    });
    expect(html.replace(/<[^>]+>/g, '')).toContain('Baseline: Limited availability');
    expect(html).not.toContain('since');
  });

  test('escapes markup in the title', async () => {
    const html = await renderComponent(PageSummary, {
      ...props,
      title: '<img src=x onerror=alert(1)>',
    });
    // Text everywhere: no element, and inside an attribute (the search title) only quoted text.
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
