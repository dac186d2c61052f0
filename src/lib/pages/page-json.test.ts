import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compatJson, pageJson } from './page-json';
import {
  BROWSER_COLUMNS,
  buildCompatTable,
  type BrowserInfo,
  type Identifier,
} from '~/lib/compat/compat-model';
import { referencePageSchema } from '~/schemas/reference-page';
import { eventPageInput, fakeReference } from '~/test-utils/fixtures';

// A tiny BCD: one feature with a sub-feature, and every browser column the table can show.
const browsers: Record<string, BrowserInfo> = Object.fromEntries(
  BROWSER_COLUMNS.flatMap((group) => group.browsers).map((id) => [
    id,
    { name: `Browser ${id}`, type: 'desktop', releases: { '4': { release_date: '2010-01-25' } } },
  ])
);
const tree: Identifier = {
  api: {
    Window: {
      message_event: {
        __compat: {
          mdn_url: 'https://developer.mozilla.org/docs/Web/API/Window/message_event',
          spec_url: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
          support: {
            chrome: { version_added: '4' },
            firefox: [
              { version_added: '9' },
              {
                version_added: '3',
                version_removed: '9',
                flags: [{ type: 'preference', name: 'dom.message', value_to_set: 'true' }],
                notes: 'Behind a <code>flag</code>.',
              },
            ],
            safari: { version_added: false },
          },
          status: { experimental: false, standard_track: true, deprecated: false },
        },
        transfer: { __compat: { support: { chrome: { version_added: '≤79' } } } },
      },
    },
  },
};
const table = buildCompatTable('message.mdx', ['api.Window.message_event'], tree, browsers);
const data = referencePageSchema({ reference: fakeReference }).parse(eventPageInput());
const json = pageJson({
  url: '/dom/Window/message',
  data,
  imported: false,
  keys: data.bcd,
  feature: undefined,
  compat: table,
  specs: [
    {
      title: 'HTML Standard',
      url: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
      label: 'The message event',
    },
  ],
  baseline: {
    status: { baseline: 'high', baseline_low_date: '2015-07-29', baseline_high_date: '2018-01-29' },
    featureIds: ['channel-messaging'],
    uncoveredKeys: [],
  },
});

describe('pageJson', () => {
  test('carries the page’s facts, links and provenance', () => {
    expect(json).toMatchObject({
      format: 1,
      url: '/dom/Window/message',
      title: 'message',
      kind: 'event',
      bcd: ['api.Window.message_event'],
      related: ['/apis/web-messaging/MessageEvent'],
      aliases: ['/Web/API/Window/message_event'],
      mdn: ['https://developer.mozilla.org/docs/Web/API/Window/message_event'],
      lastReviewed: '2026-11-25',
      imported: false,
      attribution: null,
      webFeatures: null,
      feature: null,
    });
    expect(json.event).toEqual(data.kind === 'event' ? data.event : null);
  });

  test('resolves its specifications to titled links', () => {
    expect(json.specs).toEqual([
      {
        title: 'HTML Standard',
        url: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
        section: 'The message event',
      },
    ]);
  });

  test('states Baseline with its dates and the features it comes from', () => {
    expect(json.baseline).toEqual({
      status: 'high',
      lowDate: '2015-07-29',
      highDate: '2018-01-29',
      featureIds: ['channel-messaging'],
      uncoveredKeys: [],
    });
    expect(
      pageJson({
        url: '/x',
        data,
        imported: true,
        keys: [],
        feature: undefined,
        compat: table,
        specs: [],
        baseline: undefined,
      })
    ).toMatchObject({ baseline: null, imported: true });
  });

  test('an imported page names the keys found for it, and how', () => {
    const mapped = pageJson({
      url: '/apis/x',
      data,
      imported: true,
      keys: ['api.Window.message_event'],
      feature: { status: 'mapped', key: 'api.Window.message_event', via: ['wiki-path', 'idl'] },
      compat: table,
      specs: [],
      baseline: undefined,
    });
    expect(mapped.bcd).toEqual(['api.Window.message_event']);
    expect(mapped.feature).toEqual({
      status: 'mapped',
      key: 'api.Window.message_event',
      via: ['wiki-path', 'idl'],
    });
  });

  test('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('compatJson', () => {
  const compat = compatJson(table);

  test('lists the browser columns in order, with their group', () => {
    expect(compat.browsers[0]).toEqual({ id: 'chrome', name: 'Browser chrome', group: 'desktop' });
    // Only the browsers BCD has a statement for in some feature.
    expect(compat.browsers.map((browser) => browser.id)).toEqual(['chrome', 'firefox', 'safari']);
  });

  test('gives each key and sub-feature its support per browser: versions added and removed, flags, notes', () => {
    const [feature, sub] = compat.features;
    expect(feature).toMatchObject({
      key: 'api.Window.message_event',
      depth: 0,
      mdnUrl: 'https://developer.mozilla.org/docs/Web/API/Window/message_event',
      specUrls: ['https://html.spec.whatwg.org/multipage/indices.html#event-message'],
      deprecated: false,
      experimental: false,
    });
    expect(feature?.support['chrome']).toEqual([
      {
        state: 'full',
        versionAdded: '4',
        versionRemoved: null,
        prefix: null,
        alternativeName: null,
        flags: [],
        partial: false,
        notes: [],
      },
    ]);
    expect(feature?.support['firefox']?.[1]).toMatchObject({
      state: 'removed',
      versionAdded: '3',
      versionRemoved: '9',
      flags: ['dom.message set to true'],
      notes: ['Behind a flag.'],
    });
    expect(feature?.support['safari']).toEqual([
      expect.objectContaining({ state: 'no', versionAdded: null }),
    ]);
    // A browser BCD says nothing about in any feature is no column; in one feature, no statement.
    expect(feature?.support['deno']).toBeUndefined();
    expect(sub).toMatchObject({ key: 'api.Window.message_event.transfer', depth: 1, mdnUrl: null });
    expect(sub?.support['firefox']).toEqual([]);
    expect(sub?.support['chrome']?.[0]?.versionAdded).toBe('≤79');
  });
});

describe('docs/page-json.md', () => {
  const doc = readFileSync('docs/page-json.md', 'utf8');
  const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? 'null') as Record<
    string,
    unknown
  >;
  const keys = (value: unknown) => Object.keys(value as object).sort();

  test('its example has every field of the JSON view, at every level, and no other', () => {
    expect(keys(example)).toEqual(keys(json));
    const compat = example['compat'] as { features: { support: { chrome: unknown[] } }[] };
    expect(keys(compat.features[0])).toEqual(keys(json.compat.features[0]));
    expect(keys(compat.features[0]?.support.chrome[0])).toEqual(
      keys(json.compat.features[0]?.support['chrome']?.[0])
    );
    expect(keys((example['specs'] as unknown[])[0])).toEqual(keys(json.specs[0]));
    expect(keys(example['baseline'])).toEqual(keys(json.baseline));
  });

  test('documents every field in its tables', () => {
    const fields = [
      ...keys(json),
      ...keys(json.compat.features[0]),
      ...keys(json.compat.features[0]?.support['chrome']?.[0]),
      ...keys(json.baseline),
    ];
    for (const field of fields) expect(doc, field).toContain(`| \`${field}\``);
  });
});
