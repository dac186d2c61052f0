import { describe, expect, test } from 'vitest';
import { formerMdnSlugs, type BcdTree } from './mdn-former-slugs.ts';

const page = (url: string) => ({
  __compat: { mdn_url: `https://developer.mozilla.org/docs/${url}` },
});

describe('formerMdnSlugs', () => {
  const before: BcdTree = {
    browsers: { chrome: {} },
    css: {
      properties: {
        color: page('Web/CSS/color'),
        gap: { ...page('Web/CSS/gap'), flex_context: page('Web/CSS/gap#flex') },
      },
    },
    api: { Worker: page('Web/API/Worker'), Gone: page('Web/API/Gone') },
  };
  const now: BcdTree = {
    browsers: { chrome: {} },
    css: {
      properties: {
        color: page('Web/CSS/Reference/Properties/color'),
        gap: { ...page('Web/CSS/Reference/Properties/gap'), flex_context: page('Web/CSS/x') },
        'new-property': page('Web/CSS/Reference/Properties/new-property'),
      },
    },
    api: { Worker: page('Web/API/Worker'), Renamed: page('Web/API/Renamed') },
  };

  test('the former slug of each feature whose page moved, by key, in key order', () => {
    expect(formerMdnSlugs(before, now)).toEqual({
      'css.properties.color': 'Web/CSS/color',
      'css.properties.gap': 'Web/CSS/gap',
    });
    expect(Object.keys(formerMdnSlugs(before, now))).toEqual([
      'css.properties.color',
      'css.properties.gap',
    ]);
  });

  test('no former slug for a page that stayed, a new feature, or a section of a page', () => {
    const moved = formerMdnSlugs(before, now);
    expect(moved).not.toHaveProperty(['api.Worker']);
    expect(moved).not.toHaveProperty(['css.properties.new-property']);
    expect(moved).not.toHaveProperty(['css.properties.gap.flex_context']);
  });
});
