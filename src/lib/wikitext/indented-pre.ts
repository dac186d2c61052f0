/**
 * MediaWiki shows a run of lines that start with a space as preformatted text (a `<pre>`), and
 * the wiki's authors wrote many code examples that way, often inside `<nowiki>`. The parser keeps
 * those lines as text; read as Markdown they would become paragraphs, their quotes curled and
 * their line breaks lost. This finds the runs in the page's own text and rewrites each as a
 * `<pre>` element, which the converter fences as code like any other.
 */
import { escapeTemplate } from './inline.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { WikiNode } from './wiki-node.ts';

/** What rewriting a page's indented runs gave. */
export interface IndentedPre {
  /** The page with its runs as `<pre>` elements; every line stays on its line. */
  source: string;
  /** How many runs were rewritten. */
  rewritten: number;
  /** First lines (1-based) of runs kept as text: they hold wiki markup a code block would lose. */
  kept: number[];
}

const isNowiki = (node: WikiNode) => node.type === 'ext' && node.name?.toLowerCase() === 'nowiki';
const isCodeBlock = (node: WikiNode) =>
  node.type === 'ext' && /^(?:syntaxhighlight|source|pre)$/i.test(node.name ?? '');
/** Tags around code that the block shows as code anyway: dropped, their content kept. */
const isCodeTag = (node: WikiNode) =>
  node.type === 'html' && /^(?:code|tt)$/i.test(node.name ?? '');

/**
 * A run's node as the code block shows it, or undefined when the node would be lost there. Text
 * and `<nowiki>` stay as written, the escape templates ({{!}}) become what they stand for, and
 * `<code>` marks go. Anything else (bold or italic marks, a template, a link, a tag the wiki
 * rendered, a comment it hid) was formatting on the wiki and would show as its source.
 */
function codeOf(node: WikiNode): string | undefined {
  if (node.type === 'text' || isNowiki(node)) return node.toString();
  if (isCodeTag(node)) return '';
  return escapeTemplate(node);
}

/** MediaWiki's tags that open a block (BlockLevelPass): lines after one are not preformatted. */
const BLOCK_OPEN = /<(?:table|h[1-6]|pre|tr|p|ul|ol|dl|li)\b|<\/(?:tr|td|th)\b/i;
/** And those that close one (with <div>, <td> and <th>, which MediaWiki counts among them). */
const BLOCK_CLOSE =
  /<\/(?:table|h[1-6]|p|ul|ol|dl|li|pre|center)\b|<\/?(?:blockquote|div|center)\b|<(?:td|th|hr)\b/i;

/**
 * Reports each run kept as text, at its line in the page: `firstLine` is the page line of the
 * text's first line (1 for a page, a value's own line for a template's value).
 */
export function reportKeptRuns(
  indented: IndentedPre | undefined,
  diagnostics: Diagnostics,
  firstLine: number | undefined
): void {
  for (const line of indented?.kept ?? [])
    diagnostics.warn(
      'indented-text',
      'lines starting with a space (preformatted on the wiki) hold templates, links or tags; kept as text',
      firstLine === undefined ? undefined : firstLine + line - 1
    );
}

interface Line {
  start: number;
  end: number;
  /** Whether the line starts inside a <nowiki>. */
  inNowiki: boolean;
  /** Whether it is a preformatted line (or one of a <nowiki> that opened on one). */
  indented: boolean;
  /** Whether it holds only spaces or tabs (it continues a run if more indented lines follow). */
  blank: boolean;
}

interface Span {
  node: WikiNode;
  start: number;
  end: number;
}

/**
 * The page with its runs of space-indented lines rewritten as `<pre>` elements, or undefined
 * when it has none. Only lines that start in the page's own text count (not in a template, a
 * table, a tag or a comment), as only those reach MediaWiki's block pass as they were written.
 * A run that holds other markup (templates, links, tags) is kept as it is, reported by its line.
 * A template's value does not start a line (`|Content= x`: MediaWiki trims the space): its
 * first line counts only with `startsLine`.
 */
export function rewriteIndentedPre(
  source: string,
  root: WikiNode,
  { startsLine = true }: { startsLine?: boolean } = {}
): IndentedPre | undefined {
  const spans: Span[] = [];
  let offset = 0;
  for (const node of root.childNodes) {
    const length = node.toString().length;
    spans.push({ node, start: offset, end: offset + length });
    offset += length;
  }
  // Each line: its start, its end (before the line break), and whether it is indented text.
  // Lines come in order, so the node a line starts in is found by walking the nodes once.
  const lines: Line[] = [];
  let spanIndex = 0;
  let inBlock = false;
  // MediaWiki's block pass sees a <nowiki> as one mark in the line where it opens: the lines of
  // one that opens on an indented line belong to that line's run, whatever they start with.
  let nowikiRunEnd = -1;
  for (let start = 0; start <= source.length;) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    while (spanIndex < spans.length && (spans[spanIndex] as Span).end <= start) spanIndex++;
    const span = spans[spanIndex];
    const inNowiki = span !== undefined && isNowiki(span.node) && start > span.start;
    const text = source.slice(start, end);
    if (inNowiki) {
      lines.push({ start, end, inNowiki, indented: start < nowikiRunEnd, blank: false });
    } else {
      // A line with a block tag is never preformatted, nor is a line inside a block one opened
      // (a table, a list, a paragraph) until a tag closes it.
      const tags = text.replace(/<nowiki>[\s\S]*?(?:<\/nowiki>|$)/gi, '');
      const opens = BLOCK_OPEN.test(tags);
      const closes = BLOCK_CLOSE.test(tags);
      if (opens || closes) inBlock = !closes;
      const preformatted =
        span?.node.type === 'text' && !opens && !closes && !inBlock && (start > 0 || startsLine);
      const indented = preformatted && text.startsWith(' ') && text.trim() !== '';
      lines.push({
        start,
        end,
        inNowiki,
        indented,
        blank: preformatted && text.trim() === '' && text !== '',
      });
      for (let at = spanIndex; indented && at < spans.length; at++) {
        const next = spans[at] as Span;
        if (next.start >= end) break;
        if (isNowiki(next.node) && next.start >= start && next.end > end) nowikiRunEnd = next.end;
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }

  const runs: { first: number; last: number }[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (!lines[at]?.indented) continue;
    let last = at;
    // Whitespace-only lines continue a run when more indented lines follow; an empty line ends it.
    for (let next = at + 1; next < lines.length; next++) {
      const line = lines[next];
      if (line?.indented) last = next;
      else if (!line?.blank) break;
    }
    runs.push({ first: at, last });
    at = last;
  }
  if (runs.length === 0) return undefined;

  let rewrittenSource = '';
  let copied = 0;
  let rewritten = 0;
  const kept: number[] = [];
  let firstSpan = 0;
  for (const run of runs) {
    const start = (lines[run.first] as { start: number }).start;
    const end = (lines[run.last] as { end: number }).end;
    // Runs come in order too: the nodes each holds are found by walking the nodes once.
    while (firstSpan < spans.length && (spans[firstSpan] as Span).end <= start) firstSpan++;
    const inside: Span[] = [];
    for (let at = firstSpan; at < spans.length && (spans[at] as Span).start < end; at++)
      inside.push(spans[at] as Span);
    // A run must hold whole nodes (or parts of text): a <nowiki> it cuts would lose its end.
    const cutsNode = inside.some(
      (span) => span.node.type !== 'text' && (span.start < start || span.end > end)
    );
    const parts = inside.map((span) =>
      span.node.type === 'text'
        ? source.slice(Math.max(start, span.start), Math.min(end, span.end))
        : codeOf(span.node)
    );
    const body = parts.join('');
    if (cutsNode || parts.includes(undefined) || /<\/pre/i.test(body)) {
      // A run around a code block (<source>) shows as code anyway: nothing to report.
      if (!inside.some((span) => isCodeBlock(span.node))) kept.push(run.first + 1);
      continue;
    }
    // Each line loses the space that made it preformatted. Lines inside a <nowiki> kept theirs on
    // the wiki; they lose it too when every line has one (the author indented them all).
    const bodyLines = body.split('\n');
    const allIndented = bodyLines.every((line) => line.trim() === '' || line.startsWith(' '));
    const text = bodyLines
      .map((line, at) =>
        allIndented || !lines[run.first + at]?.inNowiki ? line.replace(/^ /, '') : line
      )
      .join('\n');
    rewrittenSource += `${source.slice(copied, start)}<pre>${text}</pre>`;
    copied = end;
    rewritten++;
  }
  if (rewritten === 0) return { source, rewritten, kept };
  return { source: rewrittenSource + source.slice(copied), rewritten, kept };
}
