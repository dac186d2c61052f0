/**
 * The pure parts of `npm run bench`: synthetic pages for scale runs, and the budgets. Kept
 * apart from bench.ts (which builds, serves and measures) so they have unit tests.
 */

/** One synthetic page: where it goes, its frontmatter and its MDX. */
export interface SyntheticPage {
  path: string;
  frontmatter: Record<string, unknown>;
  mdx: string;
}

/** Areas and groups the synthetic pages spread over, like the WebPlatform wiki's. */
const LAYOUT: readonly { area: string; groups: readonly string[] }[] = [
  { area: 'css', groups: ['properties', 'selectors', 'functions', 'at-rules'] },
  { area: 'html', groups: ['elements', 'attributes'] },
  { area: 'javascript', groups: ['Array', 'Object', 'String', 'Promise'] },
  { area: 'dom', groups: ['Element', 'Document', 'Node'] },
  { area: 'apis', groups: ['fetch', 'streams', 'indexeddb'] },
];

/**
 * `count` valid reference pages spread over areas and groups (never the flagship's group), each
 * with prose, a list and a highlighted code block, so a build does realistic work per page.
 * Frontmatter is written as JSON, which is valid YAML.
 */
export function syntheticPages(count: number): SyntheticPage[] {
  const slots = LAYOUT.flatMap(({ area, groups }) => groups.map((group) => `${area}/${group}`));
  return Array.from({ length: count }, (_, index) => {
    const folder = slots[index % slots.length] as string;
    const name = `synthetic-${index}`;
    const frontmatter = {
      title: name,
      kind: 'overview',
      summary: `A generated page number ${index}, used to measure how the build and page weight scale.`,
      standardization: 'living-standard',
      specs: [{ url: 'https://html.spec.whatwg.org/multipage/web-messaging.html#web-messaging' }],
      lastReviewed: '2026-11-25',
    };
    const body = [
      '## Overview',
      '',
      `This page exists to measure the site at scale. It has prose with \`inline code\`, a [link](/dom/Window/message), a list and a code block.`,
      '',
      `- first point about item ${index}`,
      `- second point about item ${index}`,
      '',
      '```js',
      `const value${index} = [${index}, ${index + 1}].map((n) => n * 2);`,
      `console.log(value${index});`,
      '```',
      '',
      '## Details',
      '',
      'Generated text for scale measurements. '.repeat(12).trim(),
      '',
    ].join('\n');
    return {
      path: `${folder}/${name}.mdx`,
      frontmatter,
      mdx: `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n${body}`,
    };
  });
}

/** A measured figure and its budget. */
export interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: string;
  /** Decimal places to print (1 unless the figure is small by nature, like CLS). */
  digits?: number;
}

/** The budgets that are exceeded. */
export function exceeded(budgets: readonly Budget[]): Budget[] {
  return budgets.filter((budget) => !(budget.value <= budget.limit));
}

/** Marginal build cost per page between two runs of different sizes. */
export function marginalMsPerPage(
  small: { pages: number; ms: number },
  large: { pages: number; ms: number }
): number {
  if (large.pages <= small.pages)
    throw new Error('the large run must have more pages than the small one');
  return (large.ms - small.ms) / (large.pages - small.pages);
}

/** Relative growth of a figure, as a fraction (0.05 = 5 %). */
export function growth(before: number, after: number): number {
  return before === 0 ? 0 : (after - before) / before;
}
