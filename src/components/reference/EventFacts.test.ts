import { describe, expect, test } from 'vitest';
import EventFacts from './EventFacts.astro';
import { renderComponent } from '~/test-utils/container';
import { eventPageInput } from '~/test-utils/fixtures';
import { eventFactsSchema } from '~/schemas/event-facts';

const facts = eventFactsSchema.parse(eventPageInput().event);
const groups = [
  {
    spec: 'HTML',
    href: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
    targets: [
      {
        interface: 'Window',
        eventInterface: 'MessageEvent',
        bubbles: undefined,
        cancelable: undefined,
        when: 'another window posts',
      },
      {
        interface: 'MessagePort',
        eventInterface: 'MessageEvent',
        bubbles: undefined,
        cancelable: undefined,
        when: undefined,
      },
    ],
  },
  {
    spec: 'Service Workers',
    href: 'https://w3c.github.io/ServiceWorker/#eventdef-serviceworkerglobalscope-message',
    targets: [
      {
        interface: 'ServiceWorkerGlobalScope',
        eventInterface: 'ExtendableMessageEvent',
        bubbles: undefined,
        cancelable: undefined,
        when: undefined,
      },
    ],
  },
];
const props = {
  facts,
  groups,
  handlerDeclarations: [
    { interface: 'MessagePort', via: 'MessageEventTarget' },
    { interface: 'Window', via: 'WindowEventHandlers' },
  ],
  interfaceLinks: { MessagePort: '/apis/web-messaging/MessagePort' },
};
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('<EventFacts>', () => {
  test('renders every fact as a term and its value, under the event-facts anchor', async () => {
    const html = await renderComponent(EventFacts, props);
    expect(html).toMatch(/<h2[^>]* id="event-facts"[^>]*>Event facts<\/h2>/);
    expect([...html.matchAll(/<dt[^>]*>(.*?)<\/dt>/g)].map((m) => m[1])).toEqual([
      'Interface',
      'Bubbles',
      'Cancelable',
      'Synchronous',
      'Event handler property',
      'Targets',
    ]);
    expect(text(html)).toContain('Bubbles No Cancelable No Synchronous No (queued as a task)');
    expect(text(html)).toContain(
      'onmessage declared on MessagePort (from MessageEventTarget) Window (from WindowEventHandlers)'
    );
  });

  test('groups targets by spec, links each spec’s definition, and notes a different event interface', async () => {
    const html = await renderComponent(EventFacts, props);
    expect(html).toContain(
      '<a href="https://html.spec.whatwg.org/multipage/indices.html#event-message"'
    );
    expect(text(html)).toContain('HTML Window — another window posts MessagePort');
    expect(text(html)).toContain(
      'Service Workers ServiceWorkerGlobalScope fires ExtendableMessageEvent'
    );
  });

  test('links interfaces the site documents and leaves the others as plain code', async () => {
    const html = await renderComponent(EventFacts, props);
    expect(html).toContain('<a href="/apis/web-messaging/MessagePort"');
    expect(html).not.toContain('href="/Window"');
    expect(html).toMatch(/<code[^>]*>Window<\/code>/);
  });
});
