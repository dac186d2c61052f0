import { areaStructure, areaUrl } from './areas';
import { byText, type SiteIndex, type SitePage } from './site-index';
import { isReadyToUse, REVIEWED_RANK } from '../pages/review-rank';

/**
 * What the home page and the area indexes show to lead a reader into thousands of pages: each
 * area's size and its biggest groups, and the best-reviewed pages first (reviewed pages, then
 * imported ones by their wiki state; see reviewRank).
 */

/** An area as the home page shows it. */
export interface AreaSummary {
  area: string;
  name: string;
  href: string;
  /** Pages the area lists. */
  size: number;
  /** Pages reviewed against the specifications. */
  reviewed: number;
  /** Imported pages the wiki marked "Ready to Use". */
  readyToUse: number;
  /** The names of its biggest groups, biggest first. */
  topGroups: string[];
}

/** How many of an area's groups its summary names. */
export const TOP_GROUPS = 4;

/** Pages by review rank (best first), then title. */
export function bestReviewed(pages: readonly SitePage[], max = Infinity): SitePage[] {
  return pages
    .toSorted((a, b) => a.reviewRank - b.reviewRank || byText(a.title, b.title))
    .slice(0, max);
}

/**
 * Every area, best-reviewed first: areas with more reviewed pages, then with more pages the wiki
 * called ready to use, then bigger areas.
 */
export function areaSummaries(index: SiteIndex): AreaSummary[] {
  return index.areas
    .map((area) => {
      const structure = areaStructure(index, area);
      const pages = [...structure.groups.flatMap((g) => g.pages), ...structure.direct.pages];
      const heads = structure.groups.flatMap((g) => (g.head ? [g.head] : []));
      const all = [...pages, ...heads];
      return {
        area,
        name: structure.name,
        href: areaUrl(area),
        size: structure.size,
        reviewed: all.filter((page) => page.reviewRank === REVIEWED_RANK).length,
        readyToUse: all.filter((page) => isReadyToUse(page.reviewRank)).length,
        topGroups: structure.groups
          .toSorted((a, b) => b.pages.length - a.pages.length || byText(a.name, b.name))
          .slice(0, TOP_GROUPS)
          .map((group) => group.name),
      };
    })
    .sort(
      (a, b) =>
        b.reviewed - a.reviewed ||
        b.readyToUse - a.readyToUse ||
        b.size - a.size ||
        byText(a.name, b.name)
    );
}
