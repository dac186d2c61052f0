import { describe, expect, test } from 'vitest';
import PageSummary from './PageSummary.astro';
import { renderComponent } from '~/test-utils/container';

const props = {
  title: 'message',
  summary: 'The message event fires when data arrives.',
  kind: 'event',
  standardization: 'living-standard',
  deprecated: false,
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

  test('marks deprecated features', async () => {
    expect(await renderComponent(PageSummary, { ...props, deprecated: true })).toContain(
      'Deprecated'
    );
  });

  test('escapes markup in the title', async () => {
    const html = await renderComponent(PageSummary, {
      ...props,
      title: '<img src=x onerror=alert(1)>',
    });
    expect(html).not.toContain('<img');
  });
});
