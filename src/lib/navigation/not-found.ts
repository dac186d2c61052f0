import { mdnPath, mdnSlug } from './mdn-urls';
import type { UrlIndex } from './url-index';
import { decodePath } from './urls';

/**
 * What the 404 page makes of an address the host had no file for. First the shapes of a URL the
 * site has under another spelling — letter case, a trailing slash or `index.html`, the old
 * webplatform.github.io `/docs/` prefix, MDN URLs in any locale or none — which lead straight to
 * the page; then the nearest pages by their path, for the reader to choose. Pure: the index is
 * the site's `/url-index.json`.
 */

/** Where the address leads. */
export type NotFoundResolution =
  | {
      kind: 'redirect';
      /** The page's URL. */
      to: string;
      title: string;
      /** How the address differed, for the reader. */
      reason: string;
    }
  | {
      kind: 'suggestions';
      /** The nearest pages, best first (may be empty). */
      pages: { url: string; title: string }[];
      /** Words for the search box, from the address. */
      query: string;
    };

/** A lookup over the index, built once per page view. */
export interface UrlLookup {
  /** Path → page, exactly. */
  exact: Map<string, { url: string; title: string }>;
  /** Lower-cased path → page. */
  folded: Map<string, { url: string; title: string }>;
  /** Every path with its page and its lower-cased segments, for suggestions. */
  entries: { segments: string[]; page: { url: string; title: string } }[];
}

/** Builds the lookup of an index. */
export function urlLookup(index: UrlIndex): UrlLookup {
  const exact = new Map<string, { url: string; title: string }>();
  const folded = new Map<string, { url: string; title: string }>();
  const entries: UrlLookup['entries'] = [];
  const pages = index.pages.map(([url, title]) => ({ url, title }));
  const add = (path: string, page: { url: string; title: string } | undefined) => {
    if (!page) return;
    exact.set(path, page);
    if (!folded.has(path.toLowerCase())) folded.set(path.toLowerCase(), page);
    entries.push({ segments: segmentsOf(comparablePath(path)), page });
  };
  for (const page of pages) add(page.url, page);
  for (const [path, at] of [...index.aliases, ...index.derived]) add(path, pages[at]);
  return { exact, folded, entries };
}

/** The path as pages are written: one `/` between segments, no trailing `/`, no `index.html`. */
export function normalisePath(pathname: string): string {
  const path = decodePath(pathname)
    .replace(/\/{2,}/g, '/')
    .replace(/\/index\.html?$/i, '')
    .replace(/\.html?$/i, '')
    .replace(/\/+$/, '');
  return path.startsWith('/') ? path || '/' : `/${path}`;
}

/** A path without the prefixes that only say where a copy of the docs lived. */
function comparablePath(path: string): string {
  const slug = mdnSlug(path);
  if (slug) return `/${slug}`;
  return path.replace(/^\/docs(?=\/)/i, '');
}

const segmentsOf = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.toLowerCase());

/** How an address spells a page's URL. */
type Spelling = 'address' | 'wiki' | 'mdn';

/**
 * The other spellings of an address, most likely first: the address itself (normalised: no
 * trailing slash or `index.html`), the old `/docs/…` wiki address, and an MDN address as this
 * site publishes it (`/en-US/docs/<slug>`) or as curated aliases write it (`/<slug>`).
 */
function spellings(path: string): { path: string; spelling: Spelling }[] {
  const found: { path: string; spelling: Spelling }[] = [{ path, spelling: 'address' }];
  const wiki = /^\/docs(\/.+)$/i.exec(path)?.[1];
  if (wiki) found.push({ path: wiki, spelling: 'wiki' });
  const slug = mdnSlug(path);
  if (slug) {
    found.push({ path: mdnPath(slug), spelling: 'mdn' });
    found.push({ path: `/${slug}`, spelling: 'mdn' });
  }
  return found;
}

/** What the reader is told about an address that leads to a page. */
function reasonFor(spelling: Spelling, sameCase: boolean): string {
  const inCase = sameCase ? '' : ', in other letter case';
  if (spelling === 'wiki') return `It is the page’s old webplatform.github.io address${inCase}.`;
  if (spelling === 'mdn') return `It is the MDN address of the page’s feature${inCase}.`;
  return sameCase
    ? 'It is the page’s address with a trailing slash or file name.'
    : 'It is the page’s address in other letter case.';
}

/** Edit distance between two strings (Levenshtein), in one row of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** How alike two segments are, from 0 to 1. */
const similarity = (a: string, b: string) =>
  a === b ? 1 : 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);

/**
 * How near a page's path is to the address, from about 0 to 1.1: the last segments (which name
 * the page) count most, and most when equal; each other segment of the address counts by its
 * best match among the page's; a difference in depth costs a little.
 */
export function pathScore(wanted: readonly string[], candidate: readonly string[]): number {
  if (wanted.length === 0 || candidate.length === 0) return 0;
  const last = similarity(wanted.at(-1) ?? '', candidate.at(-1) ?? '');
  const parents = wanted.slice(0, -1);
  const others = candidate.slice(0, -1);
  const shared =
    parents.length === 0
      ? others.length === 0
        ? 1
        : 0.5
      : parents.reduce(
          (sum, segment) => sum + Math.max(0, ...others.map((other) => similarity(segment, other))),
          0
        ) / parents.length;
  // The same name elsewhere (a page that moved) beats a near name beside the address.
  const sameName = last === 1 ? 0.1 : 0;
  return 0.7 * last + 0.3 * shared + sameName - 0.05 * Math.abs(wanted.length - candidate.length);
}

/** Words for a search from an address: its last segment, without MDN's `_event` and separators. */
export function searchQuery(path: string): string {
  const last = comparablePath(path).split('/').filter(Boolean).at(-1) ?? '';
  return last
    .replace(/_event$/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
}

/** Suggestions below this score are not worth showing. */
const MIN_SCORE = 0.35;

/**
 * What the 404 page does with an address (the `pathname` of the page's URL): the page it means,
 * or the nearest pages and a search query.
 */
export function resolveNotFound(
  pathname: string,
  lookup: UrlLookup,
  limit = 5
): NotFoundResolution {
  const path = normalisePath(pathname);
  for (const { path: spelt, spelling } of spellings(path)) {
    const exact = lookup.exact.get(spelt);
    const page = exact ?? lookup.folded.get(spelt.toLowerCase());
    if (page)
      return {
        kind: 'redirect',
        to: page.url,
        title: page.title,
        reason: reasonFor(spelling, !!exact),
      };
  }
  const wanted = segmentsOf(comparablePath(path));
  const best = new Map<string, { url: string; title: string; score: number }>();
  for (const entry of lookup.entries) {
    const score = pathScore(wanted, entry.segments);
    if (score < MIN_SCORE) continue;
    const current = best.get(entry.page.url);
    if (!current || score > current.score) best.set(entry.page.url, { ...entry.page, score });
  }
  const pages = [...best.values()]
    .sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : 1))
    .slice(0, limit)
    .map(({ url, title }) => ({ url, title }));
  return { kind: 'suggestions', pages, query: searchQuery(path) };
}
