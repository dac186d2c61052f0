import { describe, expect, test } from 'vitest';
import { readPackageJson } from '~/data/packages';
import {
  baselineText,
  combineBaseline,
  featureIdOfKey,
  pageBaseline,
  UnknownWebFeatureError,
  type WebFeature,
} from './baseline';

const features = readPackageJson<{ features: Record<string, WebFeature> }>(
  'web-features',
  'data.json'
).features;

describe('combineBaseline', () => {
  const high = (low: string, highDate: string) => ({
    baseline: 'high' as const,
    baseline_low_date: low,
    baseline_high_date: highDate,
  });

  test('all widely available: the latest dates', () => {
    expect(
      combineBaseline([high('2015-07-29', '2018-01-29'), high('2022-03-14', '2024-09-14')])
    ).toEqual(high('2022-03-14', '2024-09-14'));
  });

  test('one newly available part makes the whole newly available, since its date', () => {
    expect(
      combineBaseline([
        high('2015-07-29', '2018-01-29'),
        { baseline: 'low', baseline_low_date: '2025-01-01' },
      ])
    ).toEqual({
      baseline: 'low',
      baseline_low_date: '2025-01-01',
    });
  });

  test('one limited part, or nothing, is limited availability', () => {
    expect(combineBaseline([high('2015-07-29', '2018-01-29'), { baseline: false }])).toEqual({
      baseline: false,
    });
    expect(combineBaseline([])).toEqual({ baseline: false });
  });

  test('ranged dates compare by their date and keep their mark', () => {
    expect(
      combineBaseline([high('≤2020-03-24', '≤2022-09-24'), high('2019-01-01', '2021-07-01')])
    ).toEqual(high('≤2020-03-24', '≤2022-09-24'));
  });
});

describe('baselineText', () => {
  test.each([
    [
      { baseline: 'high' as const, baseline_high_date: '2018-01-29' },
      'Widely available',
      '2018-01-29',
    ],
    [
      { baseline: 'low' as const, baseline_low_date: '2025-01-01' },
      'Newly available',
      '2025-01-01',
    ],
    [{ baseline: false as const }, 'Limited availability', undefined],
  ])('%j', (status, label, since) => expect(baselineText(status)).toEqual({ label, since }));
});

describe('featureIdOfKey', () => {
  test('finds the feature that covers an interface’s key, and none for an unknown key', () => {
    expect(featureIdOfKey(features, 'api.Worker')).toBe('dedicated-workers');
    expect(featureIdOfKey(features, 'api.MessagePort')).toBe('channel-messaging');
    expect(featureIdOfKey(features, 'api.NoSuchThing')).toBeUndefined();
  });
});

describe('pageBaseline against the real web-features data', () => {
  test('a single key gets the reviewed status web-features gives that key', () => {
    const key = 'api.Window.message_event';
    const owner = Object.entries(features).find(([, f]) => f.status?.by_compat_key?.[key]);
    expect(owner).toBeDefined();
    const [id, feature] = owner as [string, WebFeature];
    expect(pageBaseline('p.mdx', [key], undefined, features)).toEqual({
      status: combineBaseline([feature.status?.by_compat_key?.[key] as never]),
      featureIds: [id],
      uncoveredKeys: [],
    });
  });

  test('several keys combine their per-key statuses and name every feature', () => {
    const keys = ['api.Window.message_event', 'api.BroadcastChannel.message_event'];
    const result = pageBaseline('p.mdx', keys, undefined, features);
    const statuses = keys.map(
      (k) =>
        Object.values(features).find((f) => f.status?.by_compat_key?.[k])?.status?.by_compat_key?.[
          k
        ]
    );
    expect(result.status).toEqual(combineBaseline(statuses as never[]));
    expect(result.featureIds.length).toBeGreaterThanOrEqual(1);
  });

  test('a reviewed page whose keys span several features must name its subject', () => {
    const keys = ['api.Window.message_event', 'api.BroadcastChannel.message_event'];
    expect(() => pageBaseline('m.mdx', keys, undefined, features, true)).toThrow(
      'm.mdx: field "webFeatures" is missing: the page\'s BCD keys belong to several web features (postmessage, broadcast-channel); name the one the page is about'
    );
    expect(pageBaseline('m.mdx', keys, ['postmessage'], features, true).featureIds).toEqual([
      'postmessage',
    ]);
    expect(pageBaseline('m.mdx', keys.slice(0, 1), undefined, features, true).featureIds).toEqual([
      'postmessage',
    ]);
  });

  test('ids from frontmatter give those features’ overall status', () => {
    const result = pageBaseline('p.mdx', [], ['channel-messaging'], features);
    expect(result.status.baseline).toBe(features['channel-messaging']?.status?.baseline);
    expect(result.featureIds).toEqual(['channel-messaging']);
  });

  test('an unknown id fails naming the page and the field', () => {
    expect(() => pageBaseline('x.mdx', [], ['channel-mesaging'], features)).toThrow(
      new UnknownWebFeatureError('x.mdx', 'channel-mesaging')
    );
    expect(() => pageBaseline('x.mdx', [], ['channel-mesaging'], features)).toThrow(
      'x.mdx: field "webFeatures" names "channel-mesaging", which is not a feature id of web-features'
    );
  });

  test('keys no feature covers are reported, not guessed', () => {
    expect(pageBaseline('p.mdx', ['api.NoSuchThing'], undefined, features)).toEqual({
      status: { baseline: false },
      featureIds: [],
      uncoveredKeys: ['api.NoSuchThing'],
    });
  });
});
