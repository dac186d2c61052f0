/**
 * The MDN pages that moved. Since March 2025 MDN has reorganised its references
 * (`/Web/CSS/color` became `/Web/CSS/Reference/Properties/color`, `/Web/HTML/Element/video`
 * became `/Web/HTML/Reference/Elements/video`, and so for SVG, HTTP, MathML and WebDriver) and
 * renamed single pages besides. Links all over the web still use the former URLs.
 * Which pages moved is read from the data itself: a feature's `mdn_url` in an earlier
 * @mdn/browser-compat-data against its `mdn_url` now. Pure: both trees come in as arguments.
 */
import { mdnSlug } from './mdn-urls.ts';

/** A BCD tree: features by name, each with its `__compat` statement when it has one. */
export interface BcdTree {
  [name: string]: BcdTree | { mdn_url?: string } | undefined;
  __compat?: { mdn_url?: string };
}

/**
 * Every feature of a tree with an MDN URL, by key, with its page's slug (undefined when the URL
 * is a section of another page).
 */
function slugsByKey(tree: BcdTree): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  const walk = (node: BcdTree, key: string) => {
    const url = node.__compat?.mdn_url;
    if (key && url) found.set(key, mdnSlug(url));
    for (const [name, child] of Object.entries(node)) {
      if (name === '__compat' || name === '__meta' || name === 'browsers') continue;
      if (child && typeof child === 'object') walk(child as BcdTree, key ? `${key}.${name}` : name);
    }
  };
  walk(tree, '');
  return found;
}

/**
 * The former slug of each feature whose MDN page moved between `before` and `now`, by key, in
 * key order: a feature that had a page of its own then and has another URL now (a page, or a
 * section of one). A feature new since, or that had no page of its own, has none.
 */
export function formerMdnSlugs(before: BcdTree, now: BcdTree): Record<string, string> {
  const then = slugsByKey(before);
  const moved: [string, string][] = [];
  for (const [key, slug] of slugsByKey(now)) {
    const former = then.get(key);
    if (former && former !== slug) moved.push([key, former]);
  }
  return Object.fromEntries(moved.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
