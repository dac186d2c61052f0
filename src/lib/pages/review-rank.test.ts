import { describe, expect, test } from 'vitest';
import { isReadyToUse, REVIEWED_RANK, reviewLabel, reviewRank } from './review-rank';

const wiki = (state: string | undefined, issues: string[] = []) => ({
  review: { ...(state ? { state } : {}), issues },
});

describe('reviewRank', () => {
  test('a reviewed page ranks first', () => {
    expect(reviewRank({ lastReviewed: new Date('2026-01-01') })).toBe(REVIEWED_RANK);
    expect(reviewRank(wiki('Ready to Use'))).toBeGreaterThan(REVIEWED_RANK);
  });

  test('imported pages rank by the wiki state, best first, in any case', () => {
    const states = ['Ready to Use', 'almost ready', 'In Progress', 'Not Ready', 'Out of Date'];
    const ranks = states.map((state) => reviewRank(wiki(state)));
    expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
    expect(new Set(ranks).size).toBe(states.length);
  });

  test('within a state, fewer open issues rank first', () => {
    expect(reviewRank(wiki('Ready to Use', ['a']))).toBeGreaterThan(
      reviewRank(wiki('Ready to Use'))
    );
    expect(reviewRank(wiki('Ready to Use', Array(500).fill('x')))).toBeLessThan(
      reviewRank(wiki('Almost Ready'))
    );
  });

  test('no state, an unknown state and no review at all rank as unreviewed', () => {
    const unreviewed = reviewRank(wiki('Unreviewed'));
    expect(reviewRank(wiki(undefined))).toBe(unreviewed);
    expect(reviewRank(wiki('Draft'))).toBe(unreviewed);
    expect(reviewRank({})).toBe(unreviewed);
  });
});

describe('a page the wiki proposed deleting', () => {
  test('ranks last, whatever its state, and says why', () => {
    const doomed = { ...wiki('Ready to Use'), wiki: { deletionCandidate: '' } };
    expect(reviewRank(doomed)).toBeGreaterThan(
      reviewRank(wiki('Out of Date', Array(99).fill('x')))
    );
    expect(reviewLabel(reviewRank(doomed))).toBe('Wiki: deletion candidate');
  });
});

describe('reviewLabel', () => {
  test('says "Reviewed", or the wiki state the rank stands for', () => {
    expect(reviewLabel(REVIEWED_RANK)).toBe('Reviewed');
    expect(reviewLabel(reviewRank(wiki('Almost Ready', ['x', 'y'])))).toBe('Wiki: almost ready');
    expect(reviewLabel(reviewRank({}))).toBe('Wiki: unreviewed');
  });
});

describe('isReadyToUse', () => {
  test('is the wiki state "Ready to Use", whatever its issues; not reviewed pages', () => {
    expect(isReadyToUse(reviewRank(wiki('Ready to Use', ['a', 'b'])))).toBe(true);
    expect(isReadyToUse(reviewRank(wiki('Almost Ready')))).toBe(false);
    expect(isReadyToUse(REVIEWED_RANK)).toBe(false);
  });
});
