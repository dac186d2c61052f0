import { describe, expect, test } from 'vitest';
import { areaSummaries, bestReviewed } from './directory';
import { buildSiteIndex, type IndexablePage } from './site-index';

const page = (id: string, more: Partial<IndexablePage> = {}): IndexablePage => ({
  id,
  filePath: id,
  title: id.split('/').at(-1) ?? id,
  kind: 'overview',
  aliases: [],
  imported: true,
  ...more,
});

const index = buildSiteIndex([
  page('dom/Window/message', { imported: false }),
  page('dom/Window/close', { reviewRank: 150 }),
  page('css/properties/color', { reviewRank: 100 }),
  page('css/properties/border', { reviewRank: 300 }),
  page('css/selectors/hover', { reviewRank: 100 }),
  page('css/units', { reviewRank: 400 }),
  page('svg/elements/a', { reviewRank: 200 }),
  page('javascript/Array/map', { reviewRank: 300 }),
  page('javascript/Array/of', { reviewRank: 300 }),
  page('javascript/Date/now', { reviewRank: 300 }),
]);

describe('areaSummaries', () => {
  test('areas with reviewed pages first, then with pages ready to use, then by size', () => {
    expect(areaSummaries(index).map((a) => [a.name, a.size, a.reviewed, a.readyToUse])).toEqual([
      ['DOM', 2, 1, 1],
      ['CSS', 4, 0, 2],
      ['JavaScript', 3, 0, 0],
      ['SVG', 1, 0, 0],
    ]);
  });

  test('name the biggest groups first', () => {
    expect(areaSummaries(index)[1]?.topGroups).toEqual(['Properties', 'Selectors']);
  });
});

describe('bestReviewed', () => {
  test('reviewed pages first, then by rank and title, up to a count', () => {
    const pages = index.byArea.get('css') ?? [];
    expect(bestReviewed(pages, 3).map((p) => p.title)).toEqual(['color', 'hover', 'border']);
  });
});
