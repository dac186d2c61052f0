import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { exceeded, growth, marginalMsPerPage, syntheticPages } from './bench-model.ts';
import { referencePageSchema } from '../src/schemas/reference-page';

describe('syntheticPages', () => {
  const pages = syntheticPages(40);

  test('makes the number asked for, at unique paths, never in the flagship’s group', () => {
    expect(pages).toHaveLength(40);
    expect(new Set(pages.map((p) => p.path)).size).toBe(40);
    expect(pages.some((p) => p.path.startsWith('dom/Window/'))).toBe(false);
    expect(new Set(pages.map((p) => p.path.split('/')[0]))).toEqual(
      new Set(['css', 'html', 'javascript', 'dom', 'apis'])
    );
  });

  test('every page has frontmatter the real schema accepts, written into its MDX', () => {
    const schema = referencePageSchema({
      reference: () => z.string().transform((id) => ({ collection: 'reference' as const, id })),
    });
    for (const page of pages) {
      expect(schema.safeParse(page.frontmatter).success, page.path).toBe(true);
      expect(page.mdx.startsWith(`---\n${JSON.stringify(page.frontmatter, null, 2)}\n---\n`)).toBe(
        true
      );
    }
  });
});

describe('budgets', () => {
  test('exceeded lists only figures over their limit (NaN counts as over)', () => {
    const ok = { name: 'a', value: 1, limit: 2, unit: 'KB' };
    const over = { name: 'b', value: 3, limit: 2, unit: 'KB' };
    const broken = { name: 'c', value: Number.NaN, limit: 2, unit: 'KB' };
    expect(exceeded([ok, over, broken])).toEqual([over, broken]);
  });

  test('marginal cost per page and growth', () => {
    expect(marginalMsPerPage({ pages: 100, ms: 5000 }, { pages: 1000, ms: 14000 })).toBe(10);
    expect(() => marginalMsPerPage({ pages: 10, ms: 1 }, { pages: 10, ms: 2 })).toThrow();
    expect(growth(20, 21)).toBeCloseTo(0.05);
    expect(growth(0, 5)).toBe(0);
  });
});
