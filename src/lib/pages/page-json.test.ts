import { describe, expect, test } from 'vitest';
import { pageJson } from './page-json';
import { referencePageSchema } from '~/schemas/reference-page';
import { eventPageInput, fakeReference } from '~/test-utils/fixtures';

describe('pageJson', () => {
  test('carries the facts, keys, spec URLs and links of a page as plain JSON', () => {
    const data = referencePageSchema({ reference: fakeReference }).parse(eventPageInput());
    const json = pageJson('/dom/Window/message', data, ['https://html.spec.whatwg.org/#x']);
    expect(json).toMatchObject({
      url: '/dom/Window/message',
      title: 'message',
      kind: 'event',
      bcd: ['api.Window.message_event'],
      specs: ['https://html.spec.whatwg.org/#x'],
      related: ['/apis/web-messaging/MessageEvent'],
      aliases: ['/Web/API/Window/message_event'],
      lastReviewed: '2026-11-25',
      attribution: null,
      webFeatures: null,
    });
    expect(json.event).toEqual(data.kind === 'event' ? data.event : null);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
