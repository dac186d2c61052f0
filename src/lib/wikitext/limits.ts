/**
 * What a page may be before the parser sees it. The parser (wikiparser-node) recurses once per
 * level of nested templates, links and tables, and some nestings cost it time and memory that
 * grow with the square of their depth: 5,000 nested templates overflow the stack, 20,000 nested
 * links take a gigabyte. A page beyond these limits is refused with an error that says which,
 * found by a scan that is linear in the page's size and recurses nowhere.
 */

/**
 * The largest page imported, in UTF-16 code units (characters of JavaScript strings): 2 MiB,
 * 28 times the corpus's largest page (concepts/Internet_and_Web/how_browsers_work, 74,373). A page
 * of this size parses in about 5 s with 700 MB of memory; a 5 MB page exhausted a 4 GB heap.
 */
export const MAX_PAGE_LENGTH = 2 * 1024 * 1024;

/**
 * The deepest nesting of each construct, far above the corpus's own (templates 4, links 2,
 * tables 1) and far below where the parser suffers (thousands).
 */
export const MAX_NESTING = { templates: 60, links: 30, tables: 30 } as const;

/** Why a page cannot be parsed, or undefined when it can. */
export interface LimitProblem {
  kind: 'page-too-large' | 'nesting-too-deep';
  message: string;
  /** The line where the limit was passed, when it is one place. */
  line: number | undefined;
}

const OPENERS = { '{{': 'templates', '[[': 'links', '{|': 'tables' } as const;
const CLOSERS = { '}}': 'templates', ']]': 'links', '|}': 'tables' } as const;
type Construct = keyof typeof MAX_NESTING;
const NEWLINE = 0x0a;
/** The first characters of the openers and closers: { [ | } ]. */
const PAIR_STARTS = new Set([...'{[|}]'].map((c) => c.charCodeAt(0)));

/** The first limit a page passes, if any: its length, or the depth of some nesting. */
export function checkLimits(source: string): LimitProblem | undefined {
  if (source.length > MAX_PAGE_LENGTH)
    return {
      kind: 'page-too-large',
      message: `the page has ${source.length.toLocaleString('en')} characters; the importer takes pages of at most ${MAX_PAGE_LENGTH.toLocaleString('en')} (2 MiB)`,
      line: undefined,
    };
  // Running depth of each construct: an opener deepens it, a closer ends the innermost (an
  // unmatched closer changes nothing). Unclosed openers count too, as the parser tries each.
  const depth: Record<Construct, number> = { templates: 0, links: 0, tables: 0 };
  let line = 1;
  for (let index = 0; index < source.length - 1; index++) {
    // Characters first: a pair is only made (a string per character of a megabyte page cost a
    // tenth of a second) where one of the five that start a pair is.
    const first = source.charCodeAt(index);
    if (first === NEWLINE) {
      line++;
      continue;
    }
    if (!PAIR_STARTS.has(first)) continue;
    const pair = source.slice(index, index + 2);
    const opened = OPENERS[pair as keyof typeof OPENERS];
    const closed = CLOSERS[pair as keyof typeof CLOSERS];
    if (opened) {
      depth[opened]++;
      if (depth[opened] > MAX_NESTING[opened])
        return {
          kind: 'nesting-too-deep',
          message: `${opened} are nested (or left open) more than ${MAX_NESTING[opened]} deep; the importer refuses the page rather than exhaust the parser`,
          line,
        };
      index++;
    } else if (closed) {
      depth[closed] = Math.max(0, depth[closed] - 1);
      index++;
    }
  }
  return undefined;
}
