import { areaOf, pageUrl } from './urls';

/** What the router needs of a page. */
export interface RoutablePage {
  id: string;
  /** Where the page came from, for error messages. */
  filePath: string;
  aliases: readonly string[];
}

/** A path the site serves: a page, or a redirect from an alias to a page. */
export type Route =
  | { kind: 'page'; path: string; id: string }
  | { kind: 'redirect'; path: string; id: string; to: string };

/**
 * Every path the site serves for these pages: each canonical URL, and a redirect for each alias.
 * Throws one error listing every path claimed twice (an alias that equals another page's URL, an
 * alias two pages share, a page or alias at an area index's URL), naming the files.
 */
export function buildRoutes(pages: readonly RoutablePage[]): Route[] {
  const owners = new Map<string, string[]>();
  const claim = (path: string, claimant: string) => {
    // URLs are case-sensitive, but two paths that differ only in case would clash on case-insensitive
    // file systems (macOS, Windows) where the site is built and served.
    const key = path.toLowerCase();
    owners.set(key, [...(owners.get(key) ?? []), claimant]);
  };
  const routes: Route[] = [];
  for (const page of pages) {
    const to = pageUrl(page.id);
    routes.push({ kind: 'page', path: to, id: page.id });
    claim(to, `${page.filePath} (its own URL)`);
    for (const alias of page.aliases) {
      routes.push({ kind: 'redirect', path: alias, id: page.id, to });
      claim(alias, `${page.filePath} (field "aliases")`);
    }
  }
  // Each area's index page ([area].astro) has the URL of the area's first segment.
  for (const area of new Set(pages.map((page) => areaOf(page.id)))) {
    claim(pageUrl(area), `the index page of area "${area}"`);
  }
  const clashes = [...owners.entries()].filter(([, claimants]) => claimants.length > 1);
  if (clashes.length > 0) {
    throw new Error(
      [
        'Two pages claim the same URL:',
        ...clashes.map(([path, claimants]) => `  ${path} is claimed by ${claimants.join(' and ')}`),
      ].join('\n')
    );
  }
  return routes;
}

/** The `[...slug]` parameter for a route path (no leading slash). */
export function slugParam(path: string): string {
  return path.replace(/^\//, '');
}
