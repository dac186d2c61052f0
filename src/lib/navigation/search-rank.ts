/**
 * Search results in the order a reader of a reference expects. Pagefind scores by how densely a
 * page uses the words, so the wiki's one-paragraph stubs outrank the long reviewed page on the
 * same subject, and `Window.postMessage()` does not count as a title match for `postMessage`.
 * Among the results it ranked highest, this puts first the pages whose title is the query,
 * then those with a title part that is (`Window.postMessage()` for `postMessage`), reviewed
 * pages before imported ones within each, and otherwise keeps Pagefind's order.
 */

import { titleNames } from '../pages/search-terms';

/** What the ranking reads of a result. */
export interface RankedResult {
  title: string;
  /** Whether the page was reviewed for the site (curated). */
  reviewed: boolean;
}

/** How well a title matches the query: 0 is the title itself, 1 a part of it, 2 neither. */
export function titleMatch(title: string, query: string): 0 | 1 | 2 {
  const wanted = query.trim().toLowerCase();
  const name = title.trim().toLowerCase();
  if (wanted === '') return 2;
  if (name === wanted) return 0;
  return titleNames(name).includes(wanted) || name.replace(/\(\)$/, '') === wanted ? 1 : 2;
}

/** The results reordered (a stable sort: equal results keep Pagefind's order). */
export function rankResults<T extends RankedResult>(results: readonly T[], query: string): T[] {
  return results
    .map((result, at) => ({ result, at, match: titleMatch(result.title, query) }))
    .sort(
      (a, b) =>
        a.match - b.match ||
        (a.match < 2 ? Number(b.result.reviewed) - Number(a.result.reviewed) : 0) ||
        a.at - b.at
    )
    .map(({ result }) => result);
}
