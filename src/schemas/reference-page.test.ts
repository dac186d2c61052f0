import { describe, expect, test } from 'vitest';
import { referencePageSchema } from './reference-page';
import { eventPageInput, fakeReference } from '~/test-utils/fixtures';

const schema = referencePageSchema({ reference: fakeReference });

/** The issues zod reports, as "path: message" lines, for readable assertions. */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('referencePageSchema', () => {
  test('accepts a complete event page and applies defaults', () => {
    const { bcd: _bcd, aliases: _aliases, ...withoutDefaults } = eventPageInput();
    const data = schema.parse(withoutDefaults);
    expect(data.kind).toBe('event');
    expect(data.bcd).toEqual([]);
    expect(data.aliases).toEqual([]);
    expect(data.deprecated).toBe(false);
    expect(data.related).toEqual([
      { collection: 'reference', id: 'apis/web-messaging/MessageEvent' },
    ]);
  });

  test('coerces a date string for lastReviewed', () => {
    const data = schema.parse({ ...eventPageInput(), lastReviewed: '2026-11-25' });
    expect(data.lastReviewed).toEqual(new Date('2026-11-25'));
  });

  test('names the field and what was expected for a wrong type', () => {
    const input = eventPageInput();
    expect(problems({ ...input, event: { ...input.event, bubbles: 'no' } })).toEqual([
      'event.bubbles: expected true or false',
    ]);
  });

  test('requires event facts on event pages only', () => {
    const { event: _event, ...withoutFacts } = eventPageInput();
    expect(problems(withoutFacts)).toEqual([expect.stringMatching(/^event: /)]);
    expect(problems({ ...withoutFacts, kind: 'method' })).toEqual([]);
  });

  test('rejects an unknown kind with the list of kinds', () => {
    expect(problems({ ...eventPageInput(), kind: 'widget' })).toEqual([
      'kind: expected "kind" to be one of event, interface, constructor, method, property, overview',
    ]);
  });

  test('rejects unknown fields instead of dropping them', () => {
    expect(problems({ ...eventPageInput(), tittle: 'message' })).toEqual([
      expect.stringContaining('tittle'),
    ]);
  });

  test('accepts a summary that ends with a Chinese or Japanese full stop', () => {
    expect(
      problems({
        ...eventPageInput(),
        summary: '文库是一个社区驱动的网站，旨在成为一个综合性和权威性的文档。',
      })
    ).toEqual([]);
  });

  test.each([
    ['two lines', 'The message event fires when\nanother context sends data.', 'line break'],
    ['no full stop', 'The message event fires when another context sends data', 'full stop'],
    ['too short', 'Fires.', 'at least 20'],
    ['too long', `${'word '.repeat(60)}end.`, 'at most 280'],
  ])('rejects a summary with %s', (_case, summary, message) => {
    expect(problems({ ...eventPageInput(), summary })).toEqual([
      expect.stringMatching(new RegExp(`^summary: .*${message}`)),
    ]);
  });

  test.each(['Window.message_event', 'api.Window.message event', 'api', 'API.Window'])(
    'rejects the malformed BCD key %j',
    (key) => {
      expect(problems({ ...eventPageInput(), bcd: [key] })).toEqual([
        'bcd.0: expected a browser-compat-data key such as "api.Window.message_event"',
      ]);
    }
  );

  test.each([
    'Web/API/Window',
    '/Web/API/Window/',
    '/a b',
    '/x?y=1',
    '/x#y',
    '/../../tmp/x',
    '/\\evil.example',
    '//evil.example',
    '/%2e%2e/%2e%2e/tmp/x',
  ])('rejects the alias %j, naming the field and why', (alias) => {
    expect(problems({ ...eventPageInput(), aliases: ['/Web/API/ok', alias] })).toEqual([
      expect.stringMatching(
        /^aliases\.1: expected a clean absolute site path such as "\/Web\/API\/Window\/message_event"; ".+" is not one: it /
      ),
    ]);
  });

  test('requires https spec links', () => {
    const specs = [{ url: 'http://html.spec.whatwg.org/' }];
    expect(problems({ ...eventPageInput(), specs })).toEqual([
      'specs.0.url: expected an https:// URL to the specification',
    ]);
  });

  test('spec links are optional here (the build requires one from specs or BCD) and targets are not', () => {
    const input = eventPageInput();
    expect(problems({ ...input, specs: [] })).toEqual([]);
    expect(problems({ ...input, specs: [{ title: 'HTML', url: input.specs?.[0]?.url }] })).toEqual([
      expect.stringMatching(/^specs\.0: .*title/),
    ]);
    expect(problems({ ...input, event: { ...input.event, targets: [] } })).toEqual([
      'event.targets: expected at least one target',
    ]);
  });

  test('validates attribution and defaults its upstream list', () => {
    const attribution = {
      source: {
        title: 'message · WebPlatform Docs',
        url: 'https://webplatform.github.io/docs/dom/Window/message/',
      },
      wikiPath: 'dom/Window/message',
      license: 'CC-BY-3.0',
      contributors: ['WebPlatform.org contributors'],
    };
    const data = schema.parse({ ...eventPageInput(), attribution });
    expect(data.attribution?.upstream).toEqual([]);
    expect(
      problems({ ...eventPageInput(), attribution: { ...attribution, license: 'MIT' } })
    ).toEqual(['attribution.license: expected one of CC-BY-3.0, CC-BY-SA-3.0']);
    expect(
      problems({ ...eventPageInput(), attribution: { ...attribution, contributors: [] } })
    ).toEqual(['attribution.contributors: expected at least one contributor']);
    // The page links its sources: only http(s) URLs, never a script.
    expect(
      problems({
        ...eventPageInput(),
        attribution: {
          ...attribution,
          upstream: [{ title: 'x', url: 'javascript:alert(1)' }],
        },
      })
    ).toEqual(['attribution.upstream.0.url: expected the http(s) URL of the source']);
  });

  test('checks the form of web-features ids', () => {
    expect(problems({ ...eventPageInput(), webFeatures: ['channel-messaging'] })).toEqual([]);
    expect(problems({ ...eventPageInput(), webFeatures: ['Channel Messaging'] })).toEqual([
      'webFeatures.0: expected a web-features id such as "channel-messaging"',
    ]);
  });

  test('rejects an invalid date', () => {
    expect(problems({ ...eventPageInput(), lastReviewed: 'last week' })).toEqual([
      'lastReviewed: expected a date such as 2026-11-25',
    ]);
  });
});
