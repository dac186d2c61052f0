import type { SiteIndex } from './site-index';
import type { Folder } from './folders';
import { segmentName } from './names';

/**
 * The compact index of every URL the site answers, published as `/url-index.json`. The 404 page
 * fetches it (and nothing else fetches it) to resolve a mistyped or old URL; the build's
 * redirect step reads it to write the redirect pages and `_redirects`, so both follow one list.
 * Arrays of tuples rather than objects: at 4,600 pages and as many aliases, keys would double
 * its size.
 */
export interface UrlIndex {
  /** The shape's version; a reader refuses any other. */
  version: 1;
  /** Every page, area index and folder index: `[url, title]`, in URL order. */
  pages: [url: string, title: string][];
  /** Curated pages' `aliases`: `[path, index into pages]`. */
  aliases: [path: string, page: number][];
  /** Aliases derived from data (MDN URLs of BCD keys, imported pages' aliases): likewise. */
  derived: [path: string, page: number][];
}

/**
 * The URL index of a site: its pages, its areas' and folders' index pages (folders.ts) and every
 * redirect.
 */
export function buildUrlIndex(
  index: Pick<SiteIndex, 'pages' | 'routes' | 'areas'>,
  folders: readonly Pick<Folder, 'url' | 'title'>[] = []
): UrlIndex {
  const pages: [string, string][] = [
    ...index.pages.map((page): [string, string] => [page.url, page.title]),
    ...index.areas.map((area): [string, string] => [`/${area}`, segmentName(area)]),
    ...folders.map((folder): [string, string] => [folder.url, folder.title]),
  ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(pages.map(([url], at) => [url, at]));
  const aliases: [string, number][] = [];
  const derived: [string, number][] = [];
  for (const route of index.routes) {
    if (route.kind !== 'redirect') continue;
    const at = position.get(route.to);
    if (at === undefined) throw new Error(`The redirect ${route.path} goes to no page`);
    (route.derived ? derived : aliases).push([route.path, at]);
  }
  return { version: 1, pages, aliases, derived };
}

/** A redirect of the index with its target. */
export interface IndexedRedirect {
  from: string;
  to: string;
  title: string;
  derived: boolean;
}

/**
 * The redirects of a URL index with their targets, curated aliases first. Throws, naming the
 * entry, for an index of another version or one that points at no page.
 */
export function redirectsOf(index: UrlIndex): IndexedRedirect[] {
  if (index.version !== 1) throw new Error(`url-index.json has version ${String(index.version)}`);
  const resolve = (derived: boolean) => (entry: [string, number]) => {
    const page = index.pages[entry[1]];
    if (!page) throw new Error(`url-index.json: ${entry[0]} points at no page (${entry[1]})`);
    return { from: entry[0], to: page[0], title: page[1], derived };
  };
  return [...index.aliases.map(resolve(false)), ...index.derived.map(resolve(true))];
}
