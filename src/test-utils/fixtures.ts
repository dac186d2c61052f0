import { z } from 'astro/zod';
import type { ReferenceHelper, ReferencePageInput } from '~/schemas/reference-page';

/** A stand-in for Astro's `reference()`: ids become `{ collection, id }` as Astro's do. */
export const fakeReference: ReferenceHelper = (collection) =>
  z.string().transform((id) => ({ collection, id }));

/** A valid event page's frontmatter, for tests to break one field at a time. */
export function eventPageInput(): ReferencePageInput & { kind: 'event' } {
  return {
    title: 'message',
    kind: 'event',
    summary: 'The message event fires when another context sends data with postMessage().',
    standardization: 'living-standard',
    event: {
      interface: 'MessageEvent',
      bubbles: false,
      cancelable: false,
      synchronous: false,
      handler: 'onmessage',
      targets: [{ interface: 'Window', when: 'another window calls postMessage()' }],
    },
    specs: [
      {
        section: 'The message event',
        url: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
      },
    ],
    bcd: ['api.Window.message_event'],
    related: ['apis/web-messaging/MessageEvent'],
    aliases: ['/Web/API/Window/message_event'],
    lastReviewed: new Date('2026-11-25'),
  };
}
