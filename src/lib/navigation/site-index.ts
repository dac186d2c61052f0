import { compareRanks } from './mdn-urls.ts';
import { areaOf, sitePathProblem, WIKI_ORIGINAL_SEGMENT } from './urls.ts';
import { REVIEWED_RANK, reviewRank } from '../pages/review-rank.ts';

/**
 * The site's pages indexed once per build: each page's URL, the routes (pages and alias
 * redirects), pages by area and by group, and the interface links facts and tables use. Pure:
 * the pages come in as plain objects, so tests need no collection.
 */

/** What the index needs of a page. */
export interface IndexablePage {
  /** The content entry's id: its path in its collection (`dom/Window/message`). */
  id: string;
  /** Where the page came from, for error messages and reports. */
  filePath: string;
  title: string;
  kind: string;
  /** Other URLs that redirect to the page (its frontmatter's `aliases`). */
  aliases: readonly string[];
  /**
   * URLs the page answers for unless a stronger claim has them: the MDN pages of its BCD keys
   * (mdnAliases). Each goes to the page with the highest rank, and only when no page URL, area
   * index or curated alias has it.
   */
  derivedAliases?: readonly DerivedAlias[] | undefined;
  /** Imported from the WebPlatform wiki (its URL yields to curated pages). */
  imported: boolean;
  /** The language of a translation (`ja`); absent for pages in English. */
  lang?: string | undefined;
  /**
   * How far the page is from reviewed (see reviewRank; lower is better). By default a curated
   * page counts as reviewed and an imported one as unreviewed.
   */
  reviewRank?: number | undefined;
}

/** A page with the URL the site publishes it at. */
export interface SitePage extends IndexablePage {
  /** Unique across collections: `reference:<id>` or `wiki:<id>` (see pageKey). */
  key: string;
  /** The canonical URL (`/dom/Window/message`). */
  url: string;
  /** The first segment of the URL (`dom`). */
  area: string;
  /** The second segment of the URL for pages two or more levels deep, else the area itself. */
  group: string;
  reviewRank: number;
  /**
   * An imported page whose URL a curated page or an area index took: the original of that page,
   * linked from it, and not listed beside it (it is published at `<url>/wiki-original`).
   */
  superseded: boolean;
}

/** A URL a page answers for unless a stronger claim has it (see IndexablePage.derivedAliases). */
export interface DerivedAlias {
  path: string;
  /** Higher wins, compared element by element. */
  rank: readonly number[];
}

/**
 * A path the site serves: a page, or a redirect from an alias to a page. A redirect is `derived`
 * when it comes from data (an MDN URL of a BCD key, an imported page's alias) rather than from a
 * curated page's `aliases`.
 */
export type Route =
  | { kind: 'page'; path: string; key: string }
  | { kind: 'redirect'; path: string; key: string; to: string; derived: boolean };

/** A derived alias that could not be published, for the build report. */
export interface SkippedAlias {
  path: string;
  filePath: string;
  /** Why: the path is not a clean site path. */
  problem: string;
}

/** An imported page published at another URL because its own was taken. */
export interface YieldedPage {
  id: string;
  filePath: string;
  /** The URL the page would have had. */
  wanted: string;
  /** The URL it has. */
  url: string;
  /** Who has the wanted URL ("src/content/reference/….mdx (field "aliases")"…). */
  takenBy: string;
  /** The id of the curated page that took it, when one did. */
  takenById: string | undefined;
}

/** The whole index. */
export interface SiteIndex {
  /** Every page, by URL order. */
  pages: SitePage[];
  /** Pages by pageKey(). */
  byKey: ReadonlyMap<string, SitePage>;
  /** Pages by the lower-cased URL, for case-insensitive lookups. */
  byUrl: ReadonlyMap<string, SitePage>;
  routes: Route[];
  /** Imported pages that gave their URL up, for the build report. */
  yielded: YieldedPage[];
  /** Derived aliases left out because they are not clean site paths, for the build report. */
  skippedAliases: SkippedAlias[];
  /** The areas that have an index page, by name. */
  areas: string[];
  /** Pages by area (areas with an index page), each list in URL order. */
  byArea: ReadonlyMap<string, SitePage[]>;
  /** One-segment pages outside any area (the wiki's glossary terms and guides), in title order. */
  topLevel: SitePage[];
  /** Pages by `area/group`, each list in title order (the sidebar's and prev/next's order). */
  byGroup: ReadonlyMap<string, SitePage[]>;
  /** Pages one level under each page URL (`/javascript/Array` → its methods), in title order. */
  children: ReadonlyMap<string, SitePage[]>;
  /** Translations of each page, by the URL of the page they translate. */
  translations: ReadonlyMap<string, SitePage[]>;
  /** The page each translation translates, by the translation's key. */
  originals: ReadonlyMap<string, SitePage>;
  /** The imported overview page of each area whose index took its URL, by area. */
  areaOverviews: ReadonlyMap<string, SitePage>;
  /** Interface name → URL of the site's page for it. */
  interfaceLinks: Readonly<Record<string, string>>;
}

/** One collator for every sort: `localeCompare` would set one up on each comparison. */
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Sorts names as readers do: by letter, ignoring case and accents. */
export const byText = (a: string, b: string) => collator.compare(a, b);

/** The group of a URL path without its leading slash: its second segment, or the area itself. */
export function groupOfPath(path: string): string {
  const segments = path.split('/');
  return segments.length > 2 ? (segments[1] ?? segments[0] ?? path) : (segments[0] ?? path);
}

/** A page's key: the curated reference and the wiki import may both have a page with one id. */
export const pageKey = (page: { id: string; imported: boolean }) =>
  `${page.imported ? 'wiki' : 'reference'}:${page.id}`;

/** The key of a page's group in `SiteIndex.byGroup`. */
export const groupKey = (page: { area: string; group: string }) => `${page.area}/${page.group}`;

/** The URL of the page a translation translates: its own without the `.<lang>` suffix. */
export function translatedUrl(page: { url: string; lang?: string | undefined }): string {
  return page.lang && page.url.endsWith(`.${page.lang}`)
    ? page.url.slice(0, -page.lang.length - 1)
    : page.url;
}

/**
 * Indexes the pages. Curated pages keep the URL of their id, and their aliases redirect to them;
 * two curated claims on one URL (in any case: case-insensitive file systems would merge them) are
 * an error naming both files. An imported page whose URL is taken — by a curated page or alias,
 * by an area's index (every one-segment URL), or by an imported page before it — yields: it is
 * published at `<url>/wiki-original` (then `-2`, `-3`…), and `yielded` says so. No imported
 * corpus can fail the build with a clash.
 */
export function buildSiteIndex(input: readonly IndexablePage[]): SiteIndex {
  const owners = new Map<
    string,
    { claimant: string; id: string | undefined; imported: boolean }[]
  >();
  const claim = (path: string, claimant: string, id?: string, imported = false) => {
    const key = path.toLowerCase();
    owners.set(key, [...(owners.get(key) ?? []), { claimant, id, imported }]);
  };
  const curated = input.filter((page) => !page.imported);
  const imported = input
    .filter((page) => page.imported)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const routes: Route[] = [];
  const placed: SitePage[] = [];
  const place = (page: IndexablePage, url: string, superseded = false) => {
    const path = url.slice(1);
    const area = areaOf(path);
    placed.push({
      ...page,
      key: pageKey(page),
      url,
      area,
      group: groupOfPath(path),
      reviewRank: page.reviewRank ?? (page.imported ? reviewRank({}) : REVIEWED_RANK),
      superseded,
    });
    routes.push({ kind: 'page', path: url, key: pageKey(page) });
  };

  for (const page of curated) {
    const url = `/${page.id}`;
    place(page, url);
    claim(url, `${page.filePath} (its own URL)`, page.id);
    for (const alias of page.aliases) {
      routes.push({ kind: 'redirect', path: alias, key: pageKey(page), to: url, derived: false });
      claim(alias, `${page.filePath} (field "aliases")`, page.id);
    }
  }
  // Each area with pages below its first segment has an index page ([area].astro) at that
  // segment's URL. A one-segment page with no pages below it (a wiki glossary term) is not an area.
  const indexAreas = [
    ...new Set(input.filter((page) => page.id.includes('/')).map((page) => areaOf(page.id))),
  ].sort(byText);
  for (const area of indexAreas) claim(`/${area}`, `the index page of area "${area}"`);
  const clashes = [...owners.entries()].filter(([, claimants]) => claimants.length > 1);
  if (clashes.length > 0) {
    throw new Error(
      [
        'Two pages claim the same URL:',
        ...clashes.map(
          ([path, claimants]) =>
            `  ${path} is claimed by ${claimants.map((c) => c.claimant).join(' and ')}`
        ),
      ].join('\n')
    );
  }

  const yielded: YieldedPage[] = [];
  const takenBy = (url: string) => owners.get(url.toLowerCase())?.[0];
  const overviewOf = new Map<string, string>();
  for (const page of imported) {
    const wanted = `/${page.id}`;
    let url = wanted;
    const first = takenBy(wanted);
    for (let n = 1; takenBy(url); n += 1) {
      url = `${wanted}/${WIKI_ORIGINAL_SEGMENT}${n > 1 ? `-${n}` : ''}`;
    }
    // A URL taken by a curated page or an area index (not by another imported page).
    const superseded = !!first && !first.imported;
    if (first && !first.id) overviewOf.set(wanted.slice(1).toLowerCase(), url);
    if (first) {
      yielded.push({
        id: page.id,
        filePath: page.filePath,
        wanted,
        url,
        takenBy: first.claimant,
        takenById: first.id,
      });
    }
    place(page, url, superseded);
    claim(url, `${page.filePath} (its own URL)`, page.id, true);
  }

  const skippedAliases = placeDerivedAliases(input, placed, takenBy, routes);

  const pages = placed.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const byTitle = (a: SitePage, b: SitePage) => byText(a.title, b.title) || byText(a.url, b.url);
  const originals = pages.filter((page) => !page.lang);
  const children = new Map<string, SitePage[]>();
  for (const page of originals) {
    const parent = page.url.slice(0, page.url.lastIndexOf('/'));
    const last = page.url.slice(parent.length + 1);
    // A page published at <url>/wiki-original is its parent's copy, not a child.
    if (!parent || last.startsWith(WIKI_ORIGINAL_SEGMENT)) continue;
    children.set(parent, [...(children.get(parent) ?? []), page]);
  }
  for (const list of children.values()) list.sort(byTitle);
  // A translation belongs to the page at the URL it translates, or, where an area index took that
  // URL, to the imported page that yielded it (`/css.es` translates `/css/wiki-original`).
  const byUrl = new Map(pages.map((page) => [page.url.toLowerCase(), page]));
  const importedById = new Map(originals.filter((p) => p.imported).map((p) => [p.id, p]));
  const originalsOf = new Map<string, SitePage>();
  for (const page of pages) {
    if (!page.lang) continue;
    const wanted = translatedUrl(page);
    const original = byUrl.get(wanted.toLowerCase()) ?? importedById.get(wanted.slice(1));
    if (original) originalsOf.set(page.key, original);
  }
  const translations = Map.groupBy(
    pages.filter((page) => page.lang),
    (page) => originalsOf.get(page.key)?.url ?? translatedUrl(page)
  );
  const byGroup = Map.groupBy(originals, groupKey);
  for (const list of byGroup.values()) list.sort(byTitle);

  const interfaceLinks: Record<string, string> = {};
  for (const page of originals) {
    // A curated page for an interface wins over an imported one with the same title.
    if (page.kind === 'interface' && (!page.imported || !(page.title in interfaceLinks)))
      interfaceLinks[page.title] = page.url;
  }

  return {
    pages,
    byKey: new Map(pages.map((page) => [page.key, page])),
    byUrl,
    routes,
    yielded,
    skippedAliases,
    areas: indexAreas,
    byArea: Map.groupBy(
      originals.filter((page) => page.url.lastIndexOf('/') > 0),
      (page) => page.area
    ),
    topLevel: originals.filter((page) => page.url.lastIndexOf('/') === 0).sort(byTitle),
    byGroup,
    children,
    translations,
    originals: originalsOf,
    areaOverviews: new Map(
      indexAreas.flatMap((area) => {
        const overview = byUrl.get(overviewOf.get(area.toLowerCase())?.toLowerCase() ?? '');
        return overview ? [[area, overview] as const] : [];
      })
    ),
    interfaceLinks,
  };
}

/** The rank of an imported page's own alias: above any claim an imported page derives from data. */
const IMPORTED_ALIAS_RANK: readonly number[] = [0, Number.MAX_SAFE_INTEGER];

/**
 * Publishes the weaker claims: imported pages' `aliases` and every page's derived aliases. A path
 * that a page, an area index or a curated alias has stays theirs; among the claimants of a path
 * (in any case), the highest rank wins, then the first URL. Returns the claims that are not
 * clean site paths, which are left out.
 */
function placeDerivedAliases(
  input: readonly IndexablePage[],
  placed: readonly SitePage[],
  takenBy: (path: string) => unknown,
  routes: Route[]
): SkippedAlias[] {
  const byKey = new Map(placed.map((page) => [page.key, page]));
  const best = new Map<string, { path: string; rank: readonly number[]; page: SitePage }>();
  const skipped: SkippedAlias[] = [];
  for (const entry of input) {
    const page = byKey.get(pageKey(entry));
    if (!page) continue;
    const claims = [
      ...(entry.imported ? entry.aliases.map((path) => ({ path, rank: IMPORTED_ALIAS_RANK })) : []),
      ...(entry.derivedAliases ?? []),
    ];
    for (const claim of claims) {
      const problem = sitePathProblem(claim.path);
      if (problem) {
        skipped.push({ path: claim.path, filePath: entry.filePath, problem });
        continue;
      }
      const key = claim.path.toLowerCase();
      if (takenBy(key)) continue;
      const current = best.get(key);
      const order = current ? compareRanks(claim.rank, current.rank) : 1;
      if (order > 0 || (order === 0 && current && page.url < current.page.url))
        best.set(key, { ...claim, page });
    }
  }
  for (const { path, page } of [...best.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    routes.push({ kind: 'redirect', path, key: page.key, to: page.url, derived: true });
  }
  return skipped;
}
