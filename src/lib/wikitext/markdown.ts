/**
 * Writing Markdown (CommonMark with GitHub's extensions, as Astro renders `.md` pages): text
 * escaped so that it reads back as the same text and never as markup, code spans and fences that
 * hold any code, safe link destinations, and tidying after conversion that never touches code.
 */
import { slug } from 'github-slugger';
import { LAYOUT_SLUGS } from '../navigation/toc.ts';

/**
 * Escapes text for Markdown so that it renders as exactly this text: characters that would start
 * emphasis, code, links, HTML, tables, strikethrough or character references are escaped
 * everywhere; those that only mean something at the start of a line (headings, quotes, lists,
 * setext underlines) where a line may start. Others are left as they are, so that the page stays
 * readable as a file: `snake_case` keeps its underscores, braces are only text in Markdown.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // A backslash escapes only punctuation, and ends a line as a hard break.
      .replace(/\\(?=[!-/:-@[-`{-~]|$|\n)/g, '\\\\')
      .replace(/[`*[\]<|~]/g, '\\$&')
      // _ emphasises only where it does not stand between letters or digits.
      .replace(/_/g, (mark, at: number, all: string) =>
        /[\p{L}\p{N}]/u.test(all[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[at + 1] ?? '')
          ? mark
          : '\\_'
      )
      // A "!" that ends the text would make an image of a link that follows it ("Wow![[x]]").
      .replace(/!$/, '\\!')
      // "&amp;" written as text must not become "&".
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // Line starts (the text's own start counts, as it may begin a line of the page): a
      // heading, quote, list item, ordered list item, setext underline or thematic break.
      .replace(
        /(^|\n)([ \t]*)(?:(#{1,6}(?=[ \t]|$|\n)|>|[-+](?=[ \t]|$|\n)|[-=](?=[-=]*[ \t]*(?:$|\n)))|(\d{1,9})([.)])(?=[ \t]|$|\n))/g,
        (_m, start: string, indent: string, mark?: string, digits?: string, dot?: string) =>
          mark ? `${start}${indent}\\${mark}` : `${start}${indent}${digits}\\${dot}`
      )
  );
}

/**
 * The JavaScript module syntax an MDX reader would run, at a line's start. Markdown pages do not
 * run it, but a page must not hold it either: the first letter becomes a character reference,
 * which reads the same and is no keyword.
 */
const MODULE_LINE = /^([ \t]*)(i)(?=mport(?:[\s{*"']|$))|^([ \t]*)(e)(?=xport(?:[\s{*]|$))/gm;

/** Whether a text has a line that starts like an `import` or `export` statement. */
export function hasModuleLine(text: string): boolean {
  MODULE_LINE.lastIndex = 0;
  return MODULE_LINE.test(text);
}

/** Makes lines that start like `import`/`export` statements plain text (see MODULE_LINE). */
export function neutralizeModuleLines(markdown: string): string {
  return editOutsideCode(markdown, (prose) =>
    prose.replace(
      MODULE_LINE,
      (_m, indentI?: string, i?: string, indentE?: string, e?: string) =>
        `${indentI ?? indentE ?? ''}&#${(i ?? e ?? 'i').charCodeAt(0)};`
    )
  );
}

/** An inline code span holding `code` exactly (on one line): the fence outgrows any backtick run. */
export function codeSpan(code: string): string {
  const flat = code.replace(/\s*\n\s*/g, ' ');
  if (!flat.trim()) return escapeMarkdown(flat);
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  // A space inside the marks is stripped once from each side, so code that starts or ends with a
  // backtick (or a space) keeps it.
  const pad = /^[`\s]|[`\s]$/.test(flat) ? ' ' : '';
  return `${marks}${pad}${flat}${pad}${marks}`;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside. `title` becomes the
 * block's caption (src/lib/code/code-titles.ts reads `title="…"` from the fence's meta).
 */
export function fence(code: string, lang = '', title?: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  const meta = title ? ` title="${title.replace(/"/g, "'")}"` : '';
  return `${marks}${lang}${meta}\n${code.replace(/\n+$/, '')}\n${marks}`;
}

/** A block quote of some Markdown. */
export function quoteBlock(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/**
 * A note set apart from the text: a block quote that starts with its label in bold
 * ("> **Note:** …"), the Markdown form of the wiki's note boxes.
 */
export function callout(label: string, markdown: string): string {
  const text = markdown.trim();
  // A note that starts with a block (code, a list, a table, a heading) has its label on a line
  // of its own: "**Note:** ```js" would be no code block.
  const startsBlock = /^(?:```|~~~|[-*+] |\d+[.)] |\||#|>)/.test(text);
  return quoteBlock(`**${escapeMarkdown(label)}:**${startsBlock ? '\n\n' : ' '}${text}`);
}

/**
 * A list item that describes a term: `- **term** (qualifier): description`. The term is text;
 * the description is Markdown, its further lines indented so that they stay in the item.
 */
export function termItem(term: string, description: string, qualifier?: string): string {
  const text = description.trim().replace(/\n/g, '\n  ');
  return `- **${escapeMarkdown(term)}**${qualifier ? ` (${qualifier})` : ''}: ${text}`;
}

/** A link destination: characters that would end or break it are percent-encoded. */
export function linkDestination(url: string): string {
  return url.replace(
    /[\s()<>\\`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  );
}

/** A Markdown link. `label` is Markdown already. */
export function markdownLink(label: string, url: string): string {
  return `[${label}](${linkDestination(url)})`;
}

/**
 * Applies `edit` to the prose of some Markdown, chunk by chunk between fenced code blocks, which
 * are left exactly as they are.
 */
export function editOutsideCode(markdown: string, edit: (prose: string) => string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fenceMark: string | undefined;
  const flush = () => {
    if (prose.length > 0) out.push(edit(prose.join('\n')));
    prose = [];
  };
  for (const line of markdown.split('\n')) {
    // Fences may be indented: a code block inside a list item is.
    const fenceRun = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark) {
      out.push(line);
      // A fence closes with a bare run of the same character, at least as long.
      if (
        fenceRun !== undefined &&
        fenceRun[0] === fenceMark[0] &&
        fenceRun.length >= fenceMark.length &&
        line.trim() === fenceRun
      )
        fenceMark = undefined;
    } else if (fenceRun) {
      flush();
      fenceMark = fenceRun;
      out.push(line);
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/**
 * The Markdown without empty headings: a heading followed by nothing but blank lines before the
 * next heading of its level or higher, or the end (a heading over a listing the page shows
 * elsewhere, a section the wiki left blank). A run of such headings is an outline ("Screen
 * readers", "Braille output"…) or a byline: it becomes a list of their texts; a heading alone is
 * left out. Headings in code blocks are text. The headings' texts come back, for the report.
 */
export function withoutEmptyHeadings(markdown: string): {
  markdown: string;
  removed: string[];
  listed: string[];
} {
  // Prose lines are marked (no page holds a control character), so code lines are known.
  const PROSE = '\u0001';
  const lines = editOutsideCode(markdown, (prose) => prose.replace(/^/gm, PROSE)).split('\n');
  const levelOf = (line: string) =>
    line.startsWith(PROSE) ? /^#{1,6}(?=[ \t]|$)/.exec(line.slice(1))?.[0].length : undefined;
  const isBlank = (line: string) => line.replace(PROSE, '').trim() === '';
  // From the end, so that a heading whose only content was empty headings is empty too.
  const empty = new Set<number>();
  let next: number | undefined;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] as string;
    if (isBlank(line)) continue;
    const level = levelOf(line);
    const nextLevel = next === undefined ? 0 : levelOf(lines[next] as string);
    if (level !== undefined && (nextLevel ?? 7) <= level) empty.add(index);
    else next = index;
  }
  if (empty.size === 0) return { markdown, removed: [], listed: [] };
  const textOf = (index: number) => (lines[index] as string).slice(1).replace(/^#+/, '').trim();
  const out: string[] = [];
  const removed: string[] = [];
  const listed: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!empty.has(index)) {
      out.push(lines[index] as string);
      continue;
    }
    const run: number[] = [];
    let end = index;
    for (let at = index; at < lines.length; at++) {
      if (empty.has(at)) run.push((end = at));
      else if (!isBlank(lines[at] as string)) break;
    }
    index = end;
    if (run.length === 1) removed.push(textOf(index));
    else {
      listed.push(...run.map(textOf));
      out.push(...run.map((at) => `- ${textOf(at)}`), '');
    }
  }
  const rest = out.join('\n').replaceAll(PROSE, '');
  return {
    markdown: editOutsideCode(rest, (prose) => prose.replace(/\n{3,}/g, '\n\n')),
    removed,
    listed,
  };
}

/**
 * Follows each cell of an HTML table flattened into a list item until tidyMarkdown makes it
 * " — " between cells and nothing after the last: a private-use character the importer removes
 * from its input (RESERVED_CHARACTERS), so an author's own dash at a line's end stays.
 */
export const CELL_SEPARATOR = '\uE004';
const LAST_CELL_SEPARATOR = new RegExp(` ?${CELL_SEPARATOR}[ \\t]*$`, 'gm');
const CELL_SEPARATORS = new RegExp(` ?${CELL_SEPARATOR} ?`, 'g');

/** A heading's text as Markdown keeps it: a final " #" ("C #") would read as a closing mark. */
export function headingText(text: string): string {
  return text.replace(/(^|\s)(#+)$/, '$1\\$2');
}

/**
 * Markdown cleanup after conversion: wiki headings that stood at the start of a template value
 * (the parser sees them only at line starts), bold/italic markers with spaces inside (which
 * Markdown would not read as emphasis), list items whose text HTML put on the next line, cell
 * separators at line ends, and runs of blank lines. Code blocks are not touched.
 */
export function tidyMarkdown(markdown: string): string {
  return editOutsideCode(markdown, (prose) =>
    prose
      .replace(
        // The = is escaped by then: text that was not a heading to the parser.
        /^\\?(={2,6})[ \t]*(.+?)[ \t]*\1[ \t]*$/gm,
        (_m, marks: string, title: string) =>
          `${'#'.repeat(Math.min(6, marks.length + 1))} ${headingText(title)}`
      )
      .replace(/^([ \t]*)- *\n+(?=[ \t]*\S)[ \t]*/gm, '$1- ')
      // Cells of an HTML table flattened into a row (inline.ts): " — " between them, none after.
      .replace(LAST_CELL_SEPARATOR, '')
      .replaceAll(CELL_SEPARATORS, ' — ')
      .replace(/\n{3,}/g, '\n\n')
      // One blank line at most next to a code block.
      .replace(/^\n{2,}/, '\n')
      .replace(/\n{2,}$/, '\n')
      .split('\n')
      .map(mendBold)
      .join('\n')
  ).trim();
}

/**
 * Heading levels that never skip one: a page's body starts at level 2 (its title is the h1) and
 * each heading is at most one level deeper than the heading before it, as a contents list and a
 * screen reader's heading navigation expect (https://www.w3.org/WAI/tutorials/page-structure/headings/).
 * The wiki's templates nest sections (a "Notes" section holding the wiki's "Remarks") and its
 * authors skipped levels: the headings keep their order and text, only their depth is capped.
 * Code blocks are left alone.
 */
export function nestHeadings(markdown: string): string {
  let previous = 1;
  return editOutsideCode(markdown, (prose) =>
    prose.replace(/^(#{1,6})(?=[ \t])/gm, (marks) => {
      const level = Math.max(2, Math.min(marks.length, previous + 1));
      previous = level;
      return '#'.repeat(level);
    })
  );
}

/** The anchor Astro gives a heading with this text (github-slugger, as Astro uses). */
export function headingSlug(text: string): string {
  return slug(text);
}

/**
 * Renames body headings whose anchor the page layout uses for its own sections ("Specifications",
 * "Attribution"…), so that both keep a working anchor. `textOf` gives a heading's text from its
 * Markdown. Code blocks are left alone.
 */
export function avoidLayoutAnchors(markdown: string, textOf: (markdown: string) => string): string {
  return editOutsideCode(markdown, (prose) =>
    prose.replace(/^(#{1,6})[ \t]+(.+?)[ \t]*$/gm, (line, marks: string, title: string) =>
      LAYOUT_SLUGS.has(headingSlug(textOf(title))) ? `${marks} ${title} (from the wiki)` : line
    )
  );
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * Emphasis and strikethrough marks (`*`, `**`, `~~`) that CommonMark would not read as such, taken
 * out: a mark that does not flank its text ("**<applet>**は": a closing mark between punctuation
 * and a letter closes nothing) or that has no partner on its line would show as asterisks, or
 * pair with the wrong mark. The text stays exactly as it is; the count of marks removed comes
 * back for the importer to report. The wiki's own emphasis never spans lines, so each line is
 * read on its own. Escaped marks, code spans and link destinations are left alone; code blocks
 * too.
 */
export function repairEmphasis(markdown: string): { markdown: string; removed: number } {
  let removed = 0;
  const repaired = editOutsideCode(markdown, (prose) =>
    prose
      .split('\n')
      .map((line) => {
        const runs: { at: number; length: number; mark: string }[] = [];
        for (let index = 0; index < line.length; index++) {
          const c = line[index] as string;
          if (c === '\\') {
            index++;
          } else if (c === '`') {
            const fence = /^`+/.exec(line.slice(index))?.[0] ?? '`';
            const end = line.indexOf(fence, index + fence.length);
            // A code span runs to the same run of backticks; a lone run is text.
            index = end >= 0 ? end + fence.length - 1 : index + fence.length - 1;
          } else if (c === ']' && line[index + 1] === '(') {
            const end = line.indexOf(')', index);
            if (end >= 0) index = end;
          } else if (c === '*' || c === '~') {
            const run = new RegExp(`^\\${c}+`).exec(line.slice(index))?.[0] ?? c;
            runs.push({ at: index, length: run.length, mark: c });
            index += run.length - 1;
          }
        }
        if (runs.length === 0) return line;
        const flanks = (run: (typeof runs)[number], side: 'open' | 'close') => {
          const before = line[run.at - 1] ?? ' ';
          const after = line[run.at + run.length] ?? ' ';
          const [inside, outside] = side === 'open' ? [after, before] : [before, after];
          return (
            !SPACE.test(inside) &&
            (!PUNCTUATION.test(inside) || SPACE.test(outside) || PUNCTUATION.test(outside))
          );
        };
        const keep = new Set<number>();
        const open: (typeof runs)[number][] = [];
        for (const run of runs) {
          const top = open.at(-1);
          if (top && top.mark === run.mark && top.length === run.length) {
            open.pop();
            if (
              flanks(top, 'open') &&
              flanks(run, 'close') &&
              !(run.mark === '~' && run.length !== 2)
            ) {
              keep.add(top.at);
              keep.add(run.at);
            }
          } else open.push(run);
        }
        let out = '';
        let last = 0;
        for (const run of runs) {
          if (keep.has(run.at)) continue;
          out += line.slice(last, run.at);
          last = run.at + run.length;
          removed++;
        }
        return out + line.slice(last);
      })
      .join('\n')
  );
  return { markdown: repaired, removed };
}

// Private-use characters that stand for a line's code spans while its bold is mended. The
// importer removes them from its input (RESERVED_CHARACTERS), so no page can forge one.
const SPAN_START = '\uE002';
const SPAN_END = '\uE003';
/** A code span: a run of backticks, text, the same run (CommonMark); not an escaped backtick. */
const SPAN_PLACEHOLDER = new RegExp(`${SPAN_START}(\\d+)${SPAN_END}`, 'g');
const CODE_SPAN = /(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

/**
 * Moves spaces out of each **bold** pair on a line ("**Warning: **x" → "**Warning:** x"). Code
 * spans are code: "`2 ** 3`" keeps its operator.
 */
function mendBold(line: string): string {
  if (!line.includes('**')) return line;
  const spans: string[] = [];
  const masked = line.replace(
    CODE_SPAN,
    (span) => `${SPAN_START}${spans.push(span) - 1}${SPAN_END}`
  );
  return mendBoldPairs(masked).replace(
    SPAN_PLACEHOLDER,
    (_, at: string) => spans[Number(at)] ?? ''
  );
}

function mendBoldPairs(line: string): string {
  const parts = line.split('**');
  if (parts.length < 3 || parts.length % 2 === 0) return line;
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return part;
      const inner = part.trim();
      // \s also matches the no-break spaces the wiki often has here.
      const before = /^\s/.test(part) ? ' ' : '';
      const after = /\s$/.test(part) ? ' ' : '';
      return `${before}**${inner}**${after}`;
    })
    .join('')
    .replace(/\*\*\*\*/g, '');
}

/** A summary of at least 20 characters: a short one is prefixed with the page's title. */
export function longEnough(title: string, summary: string): string {
  return summary.length >= 20 ? summary : oneSentence(`${title}: ${summary}`).padEnd(20, '.');
}

/** The first sentence of some text, on one line, ending with a full stop. */
export function oneSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Full stops of Latin and CJK scripts (which need no space after them).
  const match = /^(.+?(?:[.!?](?=\s|$)|[。！？]))/.exec(flat);
  let sentence = (match?.[1] ?? flat).trim();
  if (sentence.length > 280) sentence = `${sentence.slice(0, 276).replace(/\s+\S*$/, '')}…`;
  if (!/[.!?。！？]$/.test(sentence)) sentence = `${sentence}.`;
  return sentence;
}

/** Whether a text has a finished sentence: a fragment ("for the") would mislead as a summary. */
export function hasFinishedSentence(text: string): boolean {
  return /[.!?](?:\s|$)|[。！？]/.test(text);
}
