import { describe, expect, test } from 'vitest';
import { assertUniqueSlugs, buildToc } from './toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  test('nests h3 under the h2 before it and keeps order', () => {
    expect(buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a1', text: 'A1', children: [] },
          { slug: 'a2', text: 'A2', children: [] },
        ],
      },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  test('puts a leading h3 at the top level rather than losing it', () => {
    expect(buildToc([h(3, 'x'), h(2, 'y')]).map((item) => item.slug)).toEqual(['x', 'y']);
  });

  test('leaves out h1 and h4 and deeper', () => {
    expect(buildToc([h(1, 't'), h(2, 'a'), h(4, 'deep')])).toEqual([
      { slug: 'a', text: 'A', children: [] },
    ]);
  });
});

describe('assertUniqueSlugs', () => {
  test('throws naming the page and the repeated anchor', () => {
    expect(() => assertUniqueSlugs([h(2, 'a'), h(2, 'a')], 'x.mdx')).toThrow(
      'x.mdx: two headings have the anchor "#a"; rename one'
    );
    expect(() => assertUniqueSlugs([h(2, 'a'), h(2, 'b')], 'x.mdx')).not.toThrow();
  });
});
