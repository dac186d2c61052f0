import { parseCodeTitle } from './code-titles';

/** A fenced code block of a Markdown or MDX page. */
export interface FencedCode {
  /** The language after the fence (`js`), or an empty string. */
  lang: string;
  /** The title from the fence's meta (`title="main.js"`), if any. */
  title: string | undefined;
  /** The code, without the fences. */
  code: string;
  /** The 1-based line of the opening fence. */
  line: number;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)\s*(.*)$/;

/**
 * The fenced code blocks of a page, in order, so tests can run the very code a page shows.
 * A block closes at a fence of the same character at least as long as its opening one
 * (CommonMark); an unclosed block runs to the end of the page.
 */
export function fencedCodeBlocks(markdown: string): FencedCode[] {
  const lines = markdown.split('\n');
  const blocks: FencedCode[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const opening = OPENING.exec(lines[index] ?? '');
    if (!opening) continue;
    const fence = opening[1] ?? '```';
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && !closing.test(lines[index] ?? ''); index += 1)
      body.push(lines[index] ?? '');
    blocks.push({
      lang: opening[2] ?? '',
      title: parseCodeTitle(opening[3]),
      code: body.join('\n'),
      line: start + 1,
    });
  }
  return blocks;
}

/** The one code block with this title, or an error naming the page and the title. */
export function codeBlockTitled(markdown: string, title: string, file: string): FencedCode {
  const found = fencedCodeBlocks(markdown).filter((block) => block.title === title);
  if (found.length !== 1)
    throw new Error(`${file}: expected one code block titled "${title}", found ${found.length}`);
  return found[0] as FencedCode;
}
