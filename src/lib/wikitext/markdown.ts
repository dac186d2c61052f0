/**
 * Markdown after conversion from wikitext: tidying that never touches code blocks, anchors the
 * page layout reserves, and one-sentence summaries.
 */
import { LAYOUT_SLUGS } from '../navigation/toc.ts';

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
    const fenceRun = /^(`{3,}|~{3,})/.exec(line)?.[1];
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
 * Markdown cleanup after conversion: wiki headings that stood at the start of a template value
 * (the parser sees them only at line starts), bold/italic markers with spaces inside (which
 * Markdown would not read as emphasis), list items whose text HTML put on the next line, cell
 * separators at line ends, and runs of blank lines. Code blocks are not touched.
 */
export function tidyMarkdown(markdown: string): string {
  return editOutsideCode(markdown, (prose) =>
    prose
      .replace(
        /^(={2,6})\s*(.+?)\s*\1\s*$/gm,
        (_m, marks: string, title: string) =>
          `${'#'.repeat(Math.min(6, marks.length + 1))} ${title}`
      )
      .replace(/^([ \t]*)- *\n+(?=[ \t]*\S)[ \t]*/gm, '$1- ')
      .replace(/ — *$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .split('\n')
      .map(mendBold)
      .join('\n')
  ).trim();
}

/** The anchor Astro gives a heading (github-slugger's rule, for the words headings use). */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/**
 * Renames body headings whose anchor the page layout uses for its own sections ("Specifications",
 * "Attribution"…), so that both keep a working anchor. Code blocks are left alone.
 */
export function avoidLayoutAnchors(markdown: string): string {
  return editOutsideCode(markdown, (prose) =>
    prose.replace(/^(#{1,6})\s+(.+?)\s*$/gm, (line, marks: string, title: string) =>
      // The anchor comes from the heading's text: a link in it counts by its label.
      LAYOUT_SLUGS.has(headingSlug(plainOf(title))) ? `${marks} ${title} (from the wiki)` : line
    )
  );
}

/** Moves spaces out of each **bold** pair on a line ("**Warning: **x" → "**Warning:** x"). */
function mendBold(line: string): string {
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

/** Markdown reduced to its text, for a summary taken from converted content. */
export function plainOf(markdown: string): string {
  return (
    markdown
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\\([{}<>\[\]])/g, '$1')
      // Markup the converter kept as escaped text (&lt;noinclude&gt;) is not part of a sentence.
      .replace(/&lt;\/?[a-z][^&]*?&gt;/gi, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
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

/**
 * The first sentence of the first paragraph of prose in some Markdown: not a heading, list,
 * table, quote, code block, JSX element or emphasis-only line. Undefined when there is none of
 * at least 20 characters.
 */
export function firstProseSentence(markdown: string): string | undefined {
  let found: string | undefined;
  editOutsideCode(markdown, (prose) => {
    if (found) return prose;
    for (const paragraph of prose.split(/\n\s*\n/)) {
      const text = paragraph.trim();
      if (!text || /^(?:#|[-*+] |\d+\. |\||>|<|\{|\*[^*]+\*$)/.test(text)) continue;
      const plain = plainOf(text);
      // Only a finished sentence: a fragment ("for the") would mislead as a summary.
      if (!/[.!?](?:\s|$)|[。！？]/.test(plain)) continue;
      const sentence = oneSentence(plain);
      if (sentence.length >= 20) {
        found = sentence;
        break;
      }
    }
    return prose;
  });
  return found;
}
