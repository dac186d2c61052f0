/**
 * How far a page is from "reviewed", as one number to sort by (lower is better): pages checked
 * against the specifications first, then imported wiki pages by the wiki's own editorial state
 * ("Ready to Use" before "Almost Ready"…), and within a state those with fewer open issues.
 */

/**
 * The wiki's editorial states, best first; an unknown state ranks with "Unreviewed". A page the
 * wiki's editors proposed deleting ranks last, whatever its state.
 */
const WIKI_STATES = [
  'ready to use',
  'almost ready',
  'in progress',
  'unreviewed',
  'not ready',
  'out of date',
  'deletion candidate',
] as const;

/** What the rank is computed from: the page's `review`, `lastReviewed` and `wiki` fields. */
export interface ReviewFields {
  review?: { state?: string | undefined; issues: readonly string[] } | undefined;
  lastReviewed?: Date | undefined;
  wiki?: { deletionCandidate?: string | undefined } | undefined;
}

/** Issues beyond this count rank alike: the state matters more than a long list. */
const MAX_COUNTED_ISSUES = 99;

/** The rank of a reviewed page; every other rank is greater. */
export const REVIEWED_RANK = 0;

/** A page's review rank (see the module comment); lower ranks sort first. */
export function reviewRank({ review, lastReviewed, wiki }: ReviewFields): number {
  if (!review && lastReviewed) return REVIEWED_RANK;
  const state =
    wiki?.deletionCandidate !== undefined
      ? 'deletion candidate'
      : (review?.state?.trim().toLowerCase() ?? 'unreviewed');
  const found = WIKI_STATES.indexOf(state as (typeof WIKI_STATES)[number]);
  const level = 1 + (found >= 0 ? found : WIKI_STATES.indexOf('unreviewed'));
  const issues = Math.min(review?.issues.length ?? 0, MAX_COUNTED_ISSUES);
  return level * (MAX_COUNTED_ISSUES + 1) + issues;
}

/** Whether an imported page's wiki state is "Ready to Use" (reviewed pages are not counted). */
export function isReadyToUse(rank: number): boolean {
  return Math.floor(rank / (MAX_COUNTED_ISSUES + 1)) === 1;
}

/** How a list of pages says where a page stands: "Reviewed", or the wiki's state. */
export function reviewLabel(rank: number): string {
  if (rank === REVIEWED_RANK) return 'Reviewed';
  const state = WIKI_STATES[Math.floor(rank / (MAX_COUNTED_ISSUES + 1)) - 1] ?? 'unreviewed';
  return `Wiki: ${state}`;
}
