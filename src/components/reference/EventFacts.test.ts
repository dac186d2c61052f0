import { describe, expect, test } from 'vitest';
import EventFacts from './EventFacts.astro';
import { renderComponent } from '~/test-utils/container';
import { eventPageInput } from '~/test-utils/fixtures';
import { eventFactsSchema } from '~/schemas/event-facts';
import type { EventTargetsView } from '~/lib/specs/event-definitions';

const facts = eventFactsSchema.parse(eventPageInput().event);
const html = {
  name: 'HTML',
  href: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
};
const view: EventTargetsView = {
  groups: [
    {
      featureId: 'postmessage',
      label: 'postMessage',
      targets: [
        { interface: 'Window', when: 'another window posts', specs: [html], hasHandler: true },
      ],
    },
    {
      featureId: 'channel-messaging',
      label: 'Channel messaging',
      targets: [
        { interface: 'MessagePort', when: 'the other port posts', specs: [html], hasHandler: true },
      ],
    },
  ],
  otherInterfaces: [
    {
      interface: 'ServiceWorkerGlobalScope',
      eventInterface: 'ExtendableMessageEvent',
      specs: [{ name: 'Service Workers', href: 'https://w3c.github.io/ServiceWorker/#x' }],
    },
  ],
  notShipped: [{ interface: 'PortalHost', specs: [{ name: 'Portals', href: undefined }] }],
  specs: [html],
  definitions: [
    {
      spec: 'HTML',
      href: html.href,
      label: 'message event',
      eventInterface: 'MessageEvent',
      targets: [
        { interface: 'Window', shipped: true },
        { interface: 'MessagePort', shipped: true },
      ],
    },
    {
      spec: 'Portals',
      href: 'https://wicg.github.io/portals/#eventdef-portalhost-message',
      label: 'PortalHost: message event',
      eventInterface: 'MessageEvent',
      targets: [{ interface: 'PortalHost', shipped: false }],
    },
  ],
};
const props = {
  type: 'message',
  facts,
  view,
  handlerDeclarations: [
    { interface: 'MessagePort', via: 'MessageEventTarget' },
    { interface: 'Window', via: 'WindowEventHandlers' },
  ],
  interfaceLinks: { MessagePort: '/apis/web-messaging/MessagePort' },
};
const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const render = () => renderComponent(EventFacts, props);
const beforeDetails = async () => (await render()).split('<details')[0] ?? '';

describe('<EventFacts>', () => {
  test('states the event’s facts under the event-facts anchor, the handler once', async () => {
    const markup = await render();
    expect(markup).toMatch(/<h2[^>]* id="event-facts"[^>]*>Event facts<\/h2>/);
    expect([...markup.matchAll(/<dt[^>]*>(.*?)<\/dt>/g)].map((m) => m[1])).toEqual([
      'Interface',
      'Bubbles',
      'Cancelable',
      'Synchronous',
      'Event handler property',
    ]);
    expect(text(markup)).toContain('Bubbles No Cancelable No Synchronous No (queued as a task)');
    expect(text(await beforeDetails())).toContain('onmessage , on every target below');
    expect((await beforeDetails()).match(/>onmessage</g)).toHaveLength(1);
  });

  test('shows the targets grouped by feature, one row each, with when it fires', async () => {
    const markup = await beforeDetails();
    expect(markup).toMatch(/<th scope="rowgroup" rowspan="1"[^>]*>\s*Channel messaging\s*<\/th>/);
    expect(text(markup)).toContain('postMessage Window another window posts');
    expect(text(markup)).toContain('Channel messaging MessagePort the other port posts');
    expect(markup).toContain('<a href="/apis/web-messaging/MessagePort"');
  });

  test('another event interface under the same name is named apart, not as a target', async () => {
    const markup = await beforeDetails();
    expect(text(markup)).toContain(
      'Also named message , with another interface: ExtendableMessageEvent at ServiceWorkerGlobalScope (Service Workers)'
    );
    expect(markup.split('</table>')[0]).not.toContain('ServiceWorkerGlobalScope');
  });

  test('unshipped targets and the full spec data are behind a disclosure', async () => {
    expect(await beforeDetails()).not.toContain('PortalHost');
    const details = (await render()).split('<details')[1] ?? '';
    expect(text(details)).toContain('2 definitions of message in 2 specifications');
    expect(details).toContain(
      '<a href="https://wicg.github.io/portals/#eventdef-portalhost-message">PortalHost: message event</a>'
    );
    expect(text(details)).toContain('PortalHost (not shipped)');
    expect(text(details)).toContain(
      'onmessage is declared on MessagePort (from MessageEventTarget) , Window (from WindowEventHandlers)'
    );
  });

  test('with the data on its own page, the disclosure links it instead', async () => {
    const linked = await renderComponent(EventFacts, { ...props, dataHref: '/event-data/x' });
    const disclosure = linked.split('<details')[1] ?? '';
    expect(text(disclosure)).toContain('2 definitions of message in 2 specifications');
    expect(disclosure).toMatch(/<a href="\/event-data\/x" data-wp-take="[^"]+"/);
    expect(disclosure).not.toContain('PortalHost');
    expect(linked).toContain('<wp-page-disclosure data-wp-module=');
    // Without a page of its own, the data is in place.
    const inPlace = await renderComponent(EventFacts, props);
    expect(text(inPlace.split('<details')[1] ?? '')).toContain('PortalHost (not shipped)');
  });

  test('names the targets that lack the handler property', async () => {
    const [first] = view.groups;
    const without = {
      ...view,
      groups: [
        {
          featureId: undefined,
          label: 'Window',
          targets: [
            { ...(first?.targets[0] as (typeof view.groups)[0]['targets'][0]), hasHandler: false },
          ],
        },
      ],
    };
    const markup = await renderComponent(EventFacts, { ...props, view: without });
    expect(text(markup)).toContain('onmessage , on every target below except Window');
  });

  test('an event no spec defines shows the page’s facts alone, with no empty table', async () => {
    const empty: EventTargetsView = {
      groups: [],
      otherInterfaces: [],
      notShipped: [],
      specs: [],
      definitions: [],
    };
    const markup = await renderComponent(EventFacts, { ...props, view: empty });
    expect(markup).not.toContain('<table');
    expect(markup).not.toContain('<details');
    expect(text(markup)).not.toContain('every target below');
    expect(text(markup)).toMatch(/Event handler property onmessage$/);
  });
});
