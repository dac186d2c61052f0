/**
 * The pure parts of `npm run bench`: pages for scale runs, reading a build's phases from Astro's
 * output, and the budgets. Kept apart from bench.ts (which builds, serves and measures) so they
 * have unit tests.
 */

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

/**
 * The run whose `figure` is the median of `runs` (an odd number of them): on a shared machine one
 * run can be slowed by a neighbour; the median of three is neither the lucky nor the unlucky one.
 */
export function medianRun<T>(runs: readonly T[], figure: (run: T) => number): T {
  if (runs.length % 2 === 0) throw new Error(`the median of ${runs.length} runs is not one run`);
  const sorted = [...runs].sort((a, b) => figure(a) - figure(b));
  return sorted[(sorted.length - 1) / 2] as T;
}

/** Relative growth of a figure, as a fraction (0.05 = 5 %). */
export function growth(before: number, after: number): number {
  return before === 0 ? 0 : (after - before) / before;
}

/**
 * `count` copies of a real page's MDX at `<folder>/copy-<n>.mdx`: the same body and frontmatter,
 * without `aliases` (two pages cannot share one). A copy of a heavy page (prose, code blocks,
 * tables, demos, compat, event facts) makes a scale run measure what real pages cost.
 */
export function pageCopies(
  mdx: string,
  count: number,
  folder: string
): { path: string; mdx: string }[] {
  const copy = withoutAliases(mdx);
  return Array.from({ length: count }, (_, index) => ({
    path: `${folder}/copy-${index}.mdx`,
    mdx: withUniqueCode(copy, index),
  }));
}

/** Comment syntax by fence language, for marking a copy's code blocks. */
const LINE_COMMENTS: Record<string, (text: string) => string> = {
  js: (text) => `// ${text}`,
  javascript: (text) => `// ${text}`,
  ts: (text) => `// ${text}`,
  typescript: (text) => `// ${text}`,
  html: (text) => `<!-- ${text} -->`,
  css: (text) => `/* ${text} */`,
  sh: (text) => `# ${text}`,
};

/**
 * The MDX with a comment naming copy `index` at the end of each fenced code block it can comment,
 * so no copy's code is another's: a cache keyed by code cannot make copies cheaper than real,
 * different pages.
 */
export function withUniqueCode(mdx: string, index: number): string {
  return mdx.replace(
    /^([ \t]*)(`{3,}|~{3,})([\w-]*)([^\n]*)\n([\s\S]*?)^\1\2[ \t]*$/gm,
    (block, indent: string, fence: string, lang: string, meta: string, code: string) => {
      const comment = LINE_COMMENTS[lang.toLowerCase()];
      return comment
        ? `${indent}${fence}${lang}${meta}\n${code}${indent}${comment(`copy ${index}`)}\n${indent}${fence}`
        : block;
    }
  );
}

/** The MDX with its frontmatter's `aliases:` list removed. */
export function withoutAliases(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match?.[1]) return mdx;
  const lines = match[1].split('\n');
  const kept: string[] = [];
  let inAliases = false;
  for (const line of lines) {
    if (/^aliases:/.test(line)) {
      inAliases = true;
      continue;
    }
    if (inAliases && /^(\s|-)/.test(line)) continue;
    inAliases = false;
    kept.push(line);
  }
  return `---\n${kept.join('\n')}\n---\n${mdx.slice(match[0].length)}`;
}

/** Milliseconds of a duration as Astro prints it: `257ms`, `6.93s`, `1m 21s`. */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$|^([\d.]+)ms$/.exec(text.trim());
  if (!match || (!match[1] && !match[2] && !match[3])) throw new Error(`not a duration: "${text}"`);
  if (match[3]) return Number(match[3]);
  return (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 1000;
}

/** Where a build's time went, read from what `astro build` printed (ms). */
export interface BuildPhases {
  /** Configuration, content sync (Markdown rendering, cached between builds) and checks. */
  content: number;
  /** Vite's bundling: MDX compilation, components, client scripts. */
  vite: number;
  /** Rendering every page ("generating static routes"); each page's JSON view is written after. */
  routes: number;
  /**
   * Neither content, Vite nor routes: Astro's start (configuration) and, after the pages, the
   * integrations (JSON views, the search index, redirect pages, link check).
   */
  after: number;
  /** The search index alone, as the Pagefind integration reports it. */
  search: number | undefined;
  /** Writing the redirect pages and `_redirects`, as the redirects integration reports it. */
  redirects: number | undefined;
  /** Checking every page's links and anchors, as the link check reports it. */
  links: number | undefined;
  total: number;
  pages: number;
}

/** Reads a build's phases from Astro's output; throws naming what is missing. */
export function buildPhases(output: string): BuildPhases {
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const need = (pattern: RegExp, what: string) => {
    const match = pattern.exec(text);
    if (!match?.[1]) throw new Error(`the build output has no ${what}`);
    return match;
  };
  const durations = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((m) => parseDuration(m[1] ?? ''));
  const staticBuild = durations(/\[build\] ✓ Completed in ([^.\n]+(?:\.\d+)?m?s)\.?/g);
  const routes = need(
    /generating static routes[\s\S]*?\n[^\n[]*✓ Completed in ([^\n]+?)\.?\s*$/m,
    'route generation time'
  );
  const total = need(/(\d+) page\(s\) built in ([^\n]+?)\s*$/m, 'total');
  const search = /Indexed \d+ pages for search in ([\d.]+) s/.exec(text);
  const redirects = /redirect pages and _redirects \([^)]*\) written in (\d+) ms/.exec(text);
  const links = /Checked the links and anchors of \d+ pages in (\d+) ms/.exec(text);
  const totalMs = parseDuration(total[2] ?? '');
  return {
    content: staticBuild[0] ?? 0,
    vite: durations(/\[vite\] ✓ built in ([^\n]+?)\s*$/gm).reduce((a, b) => a + b, 0),
    routes: parseDuration(routes[1] ?? ''),
    // The rest of the total: the content phase and the static build (Vite and the routes) are
    // each timed on their own by Astro.
    after: totalMs - (staticBuild[0] ?? 0) - (staticBuild[1] ?? totalMs),
    search: search?.[1] ? Number(search[1]) * 1000 : undefined,
    redirects: redirects?.[1] ? Number(redirects[1]) : undefined,
    links: links?.[1] ? Number(links[1]) : undefined,
    total: totalMs,
    pages: Number(total[1]),
  };
}
