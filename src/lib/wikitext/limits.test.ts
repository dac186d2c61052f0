import { describe, expect, test } from 'vitest';
import { checkLimits, MAX_NESTING, MAX_PAGE_LENGTH } from './limits.ts';

describe('checkLimits', () => {
  test('a page of the corpus’s kind passes', () => {
    const page =
      `{{Summary_Section|x}}\n{{Notes_Section|Notes={{Note|a [[b|c]]}}\n{|\n|a\n|}\n}}`.repeat(500);
    expect(checkLimits(page)).toBeUndefined();
  });

  test('a page over the size limit is refused before it is parsed', () => {
    expect(checkLimits('x'.repeat(MAX_PAGE_LENGTH))).toBeUndefined();
    expect(checkLimits('x'.repeat(MAX_PAGE_LENGTH + 1))).toMatchObject({
      kind: 'page-too-large',
      message: expect.stringContaining('2 MiB'),
    });
  });

  test.each([
    ['templates', (n: number) => `${'{{a|'.repeat(n)}x${'}}'.repeat(n)}`],
    ['links', (n: number) => `${'[[a|'.repeat(n)}x${']]'.repeat(n)}`],
    ['tables', (n: number) => `${'{|\n|\n'.repeat(n)}${'|}\n'.repeat(n)}`],
  ] as const)('%s nested beyond the limit are refused, with the line', (construct, make) => {
    const limit = MAX_NESTING[construct];
    expect(checkLimits(make(limit))).toBeUndefined();
    const problem = checkLimits(`intro\n${make(limit + 1)}`);
    expect(problem).toMatchObject({
      kind: 'nesting-too-deep',
      line: construct === 'tables' ? 2 + 2 * limit : 2,
    });
    expect(problem?.message).toContain(construct);
  });

  test('openers left open count, closers without an opener do not', () => {
    expect(checkLimits('[[a|'.repeat(MAX_NESTING.links + 1))?.kind).toBe('nesting-too-deep');
    expect(checkLimits(`${']]'.repeat(1000)}[[a]]`)).toBeUndefined();
  });

  test('a flat page of a million characters is scanned without recursion', () => {
    expect(checkLimits('{{a}} [[b]] {|\n|c\n|}\n'.repeat(50_000))).toBeUndefined();
  });
});
