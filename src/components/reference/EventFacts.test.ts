import { describe, expect, test } from 'vitest';
import EventFacts from './EventFacts.astro';
import { renderComponent } from '~/test-utils/container';
import { eventPageInput } from '~/test-utils/fixtures';
import { eventFactsSchema } from '~/schemas/event-facts';

const facts = eventFactsSchema.parse({
  ...eventPageInput().event,
  targets: [
    { interface: 'Window', when: 'another window calls postMessage()' },
    { interface: 'MessagePort', when: 'the entangled port posts' },
  ],
});

describe('<EventFacts>', () => {
  test('renders every fact as a term and its value, under the event-facts anchor', async () => {
    const html = await renderComponent(EventFacts, { facts, interfaceLinks: {} });
    expect(html).toMatch(/<h2[^>]* id="event-facts"[^>]*>Event facts<\/h2>/);
    const pairs = [...html.matchAll(/<dt[^>]*>(.*?)<\/dt>\s*<dd[^>]*>(.*?)<\/dd>/gs)].map(
      ([, dt, dd]) => [
        dt,
        dd
          ?.replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ]
    );
    expect(pairs).toEqual([
      ['Interface', 'MessageEvent'],
      ['Bubbles', 'No'],
      ['Cancelable', 'No'],
      ['Synchronous', 'No (queued as a task)'],
      ['Event handler property', 'onmessage'],
      [
        'Targets',
        'Window — another window calls postMessage() MessagePort — the entangled port posts',
      ],
    ]);
  });

  test('links interfaces the site documents and leaves the others as plain code', async () => {
    const html = await renderComponent(EventFacts, {
      facts,
      interfaceLinks: { MessagePort: '/apis/web-messaging/MessagePort' },
    });
    expect(html).toContain('<a href="/apis/web-messaging/MessagePort"');
    expect(html).not.toContain('href="/Window"');
    expect(html).toMatch(/<code[^>]*>Window<\/code>/);
  });
});
