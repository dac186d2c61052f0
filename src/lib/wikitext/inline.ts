/**
 * WebPlatform wikitext → Markdown, node by node over wikiparser-node's tree. Text is escaped so it
 * reads as the same text; markup with a Markdown equivalent becomes it; markup without one is kept
 * visibly (as text or code) and reported. Nothing becomes raw HTML.
 */
import { decodeHTMLStrict } from 'entities';
import { bundledLanguages } from 'shiki';
import type { Diagnostics } from './diagnostics.ts';
import type { PageLinks } from './links.ts';
import {
  CELL_SEPARATOR,
  codeSpan,
  escapeMarkdown,
  fence,
  hasModuleLine,
  headingText,
  quoteBlock,
} from './markdown.ts';
import { isTemplate, type TemplateNode, type WikiNode } from './wiki-node.ts';

/** What converting one page's text needs and records. */
export interface ConvertContext {
  diagnostics: Diagnostics;
  /** The line of a node, for diagnostics. */
  lineOf(node: WikiNode): number | undefined;
  /** The page's links, resolved against the site's pages. */
  links: PageLinks;
  /** The Markdown of a template inside text, or undefined when no template family converts it there. */
  inlineTemplate(node: TemplateNode): string | undefined;
}

/** The caption of code blocks that keep wiki markup the importer cannot convert. */
const KEPT_WIKITEXT_TITLE = 'Wiki markup the importer does not understand';

/** Wiki markup kept as a titled code block, for a reader to see what the wiki had. */
export function keptWikitext(source: string): string {
  return fence(source, 'wikitext', KEPT_WIKITEXT_TITLE);
}

// The wiki's escape templates and magic words ({{=}}, {{!}}) and the ones WebPlatform defined for
// operators in code ({{==}}, {{===}}).
const ESCAPE_TEMPLATES: Record<string, string> = {
  '=': '=',
  '!': '|',
  '!!': '||',
  '==': '==',
  '===': '===',
};

/** The text of a node with the wiki's escape templates resolved, for code kept as written. */
export function plainText(node: WikiNode, context: ConvertContext): string {
  if (node.type === 'text') return node.toString();
  const escaped = escapeTemplate(node);
  if (escaped !== undefined) return escaped;
  if (node.type === 'template' || node.type === 'magic-word') {
    context.diagnostics.warn(
      'template-in-code',
      `template ${String(node).slice(0, 60)} inside code kept as written`,
      () => context.lineOf(node)
    );
    return node.toString();
  }
  // Tags and extension blocks inside code are code: keep them as written.
  if (node.type === 'html' || node.type === 'ext' || node.type === 'comment')
    return node.toString();
  return withSeparators(node, (child) => plainText(child, context));
}

/** What a link shows in code: its text, or its target when it has none. */
function linkShown(link: WikiNode): WikiNode | undefined {
  return (
    link.childNodes.find((c) => c.type === 'link-text' || c.type === 'ext-link-text') ??
    link.childNodes.find((c) => c.type === 'link-target' || c.type === 'ext-link-url')
  );
}

/**
 * Code as the wiki showed it from a template's value (an example's code): the value was wikitext,
 * so its character references showed as characters (authors wrote `&lt;p>` to show `<p>`),
 * `<nowiki>` marks and bold marks showed nothing, and a link showed its text. HTML tags, comments
 * and `''` (in code, an empty string literal far more often than italics) stay as written.
 */
export function shownCode(node: WikiNode, context: ConvertContext): string {
  switch (node.type) {
    case 'text':
      return decodeHTMLStrict(node.toString());
    case 'quote':
      return node.toString() === "''" ? "''" : '';
    case 'html':
    case 'comment':
      return node.toString();
    case 'ext': {
      if (tagOf(node) !== 'nowiki') return node.toString();
      return decodeHTMLStrict(
        node.childNodes.find((c) => c.type === 'ext-inner')?.toString() ?? ''
      );
    }
    case 'link':
    case 'ext-link': {
      const shown = linkShown(node);
      return shown ? shownCode(shown, context) : node.toString();
    }
    default: {
      const escaped = escapeTemplate(node);
      if (escaped !== undefined) return escaped;
      if (node.type === 'template' || node.type === 'magic-word') return plainText(node, context);
      return withSeparators(node, (child) => shownCode(child, context));
    }
  }
}

/**
 * A node's text with each child replaced by `convert(child)`, and the separators the parser keeps
 * between children (the space between a URL and its text, the `|` of a link) kept as written.
 */
function withSeparators(node: WikiNode, convert: (child: WikiNode) => string): string {
  const text = node.toString();
  if (node.childNodes.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const child of node.childNodes) {
    const childText = child.toString();
    const at = text.indexOf(childText, cursor);
    if (at >= cursor) out += text.slice(cursor, at);
    out += convert(child);
    cursor = at >= cursor ? at + childText.length : cursor;
  }
  return out + text.slice(cursor);
}

/** What an escape template ({{=}}, {{!}}) stands for, or undefined for any other node. */
export function escapeTemplate(node: WikiNode): string | undefined {
  if (node.type !== 'template' && node.type !== 'magic-word') return undefined;
  const name = (node.name ?? '').replace(/^Template:/i, '').trim();
  return node.childNodes.filter((c) => c.type === 'parameter').length === 0
    ? ESCAPE_TEMPLATES[name]
    : undefined;
}

/** Converts a node's children to Markdown. */
export function toMarkdown(node: WikiNode, context: ConvertContext): string {
  return convertNodes(node.childNodes, context, 0);
}

/** HTML elements inside text whose content stays, with the Markdown they become around it. */
const PAIRED_TAGS: Record<string, (inner: string) => string> = {
  b: (inner) => wrapInline(inner, '**'),
  strong: (inner) => wrapInline(inner, '**'),
  i: (inner) => wrapInline(inner, '*'),
  em: (inner) => wrapInline(inner, '*'),
  var: (inner) => wrapInline(inner, '*'),
  cite: (inner) => wrapInline(inner, '*'),
  dfn: (inner) => wrapInline(inner, '*'),
  s: (inner) => wrapInline(inner, '~~'),
  strike: (inner) => wrapInline(inner, '~~'),
  del: (inner) => wrapInline(inner, '~~'),
  q: (inner) => `“${inner}”`,
  blockquote: (inner) => `\n\n${quoteBlock(inner.trim())}\n\n`,
};

/** Tags whose content is code: it becomes code spans (links inside stay links). */
const CODE_TAGS = new Set(['code', 'tt', 'kbd', 'samp']);

/**
 * Presentational elements: the content is kept and the styling, which is no part of the
 * reference, is not. No warning: the reader loses nothing they need.
 */
const WRAPPER_TAGS = new Set([
  'span',
  'font',
  'small',
  'big',
  'center',
  'sup',
  'sub',
  'u',
  'ins',
  'abbr',
  'mark',
  'bdi',
  'bdo',
  'data',
  'time',
  'ruby',
  'rb',
  'rt',
  'rp',
  'wbr',
  'nowiki',
]);

/** Nested paired tags deeper than this are read as plain content (their markup dropped). */
const MAX_TAG_DEPTH = 40;

/** Emphasis around some Markdown, with its outer spaces moved out (Markdown requires it). */
function wrapInline(inner: string, mark: string): string {
  const trimmed = inner.trim();
  // Emphasis cannot span blocks; empty emphasis would show its marks.
  if (!trimmed || /\n\s*\n/.test(trimmed)) return inner;
  const before = /^\s/.test(inner) ? ' ' : '';
  const after = /\s$/.test(inner) ? ' ' : '';
  return `${before}${mark}${trimmed}${mark}${after}`;
}

const tagOf = (node: WikiNode) => (node.name ?? '').toLowerCase();
const isClosingTag = (node: WikiNode) => node.toString().startsWith('</');
const isSelfClosingTag = (node: WikiNode) => /\/\s*>$/.test(node.toString());

/**
 * Converts a run of sibling nodes. An HTML element is an open tag and its close tag among the
 * siblings; they are paired in one pass (a stack per tag), so that the content between can be
 * converted as a whole (a code span, an emphasis, a quote).
 */
function convertNodes(nodes: readonly WikiNode[], context: ConvertContext, depth: number): string {
  const closeOf = new Map<number, number>();
  if (depth < MAX_TAG_DEPTH) {
    const open = new Map<string, number[]>();
    nodes.forEach((node, index) => {
      if (node.type !== 'html' || isSelfClosingTag(node)) return;
      const tag = tagOf(node);
      if (!(tag in PAIRED_TAGS) && !CODE_TAGS.has(tag)) return;
      const stack = open.get(tag) ?? [];
      open.set(tag, stack);
      if (!isClosingTag(node)) stack.push(index);
      else {
        const start = stack.pop();
        if (start !== undefined) closeOf.set(start, index);
      }
    });
  }
  let out = '';
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as WikiNode;
    const end = closeOf.get(index);
    if (end !== undefined) {
      const inner = nodes.slice(index + 1, end);
      const tag = tagOf(node);
      out += CODE_TAGS.has(tag)
        ? codeRun(inner, context)
        : (PAIRED_TAGS[tag] ?? ((x: string) => x))(convertNodes(inner, context, depth + 1));
      index = end;
      continue;
    }
    out += convert(node, context);
  }
  return out;
}

/** Content of a code element: code spans, with links inside kept as links around their code. */
function codeRun(nodes: readonly WikiNode[], context: ConvertContext): string {
  let out = '';
  let code = '';
  const flush = () => {
    if (code) out += codeSpan(code);
    code = '';
  };
  for (const node of nodes) {
    if (node.type === 'link' || node.type === 'ext-link') {
      flush();
      const label = node.childNodes.find(
        (c) => c.type === 'link-text' || c.type === 'ext-link-text'
      );
      const labelCode = label ? codeText(label, context) : '';
      out += convertLink(node, context, labelCode ? codeSpan(labelCode) : undefined);
    } else code += codeText(node, context);
  }
  flush();
  return out;
}

/** The text of code inside an element: entities decoded, markup (tags, bold marks) dropped. */
function codeText(node: WikiNode, context: ConvertContext): string {
  switch (node.type) {
    case 'text':
      return decodeHTMLStrict(node.toString());
    case 'html':
    case 'quote':
    case 'comment':
      return '';
    case 'ext': {
      const inner = node.childNodes.find((c) => c.type === 'ext-inner');
      return decodeHTMLStrict(inner?.toString() ?? '');
    }
    case 'link':
    case 'ext-link':
      return codeText(linkShown(node) ?? node, context);
    default: {
      const escaped = escapeTemplate(node);
      if (escaped !== undefined) return escaped;
      if (node.type === 'template' || node.type === 'magic-word') return plainText(node, context);
      return node.childNodes.length > 0
        ? withSeparators(node, (child) => codeText(child, context))
        : decodeHTMLStrict(node.toString());
    }
  }
}

/** A wiki or external link as Markdown; `label` overrides the link's own text. */
function convertLink(node: WikiNode, context: ConvertContext, label?: string): string {
  const line = () => context.lineOf(node);
  if (node.type === 'ext-link') {
    const urlNode = node.childNodes.find((c) => c.type === 'ext-link-url');
    const url = urlNode ? plainText(urlNode, context).trim() : '';
    const text = node.childNodes.find((c) => c.type === 'ext-link-text');
    const converted = text ? toMarkdown(text, context).trim() : '';
    return context.links.externalLink(url, label ?? (converted || undefined), line);
  }
  const target = node.childNodes.find((c) => c.type === 'link-target');
  const text = node.childNodes.find((c) => c.type === 'link-text');
  const converted = text ? toMarkdown(text, context).trim() : '';
  return context.links.wikiLink(
    target ? decodeHTMLStrict(plainText(target, context)) : '',
    label ?? (converted || undefined),
    line
  );
}

/**
 * The Markdown for block-level HTML the wiki's imported pages use: headings, lists and definition
 * lists keep their structure; a table becomes one list item per row, cells separated by " — "
 * (Markdown tables cannot hold the lists and paragraphs these cells have). Undefined for others.
 */
function htmlBlock(tag: string, closing: boolean): string | undefined {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const level = Math.min(6, Math.max(3, Number(heading[1]) + 1));
    return closing ? '\n\n' : `\n\n${'#'.repeat(level)} `;
  }
  switch (tag) {
    case 'p':
    case 'div':
    case 'ul':
    case 'ol':
    case 'dl':
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
      return '\n\n';
    case 'li':
    case 'tr':
      return closing ? '' : '\n- ';
    case 'dt':
      return '\n\n';
    case 'dd':
      return closing ? '\n\n' : '';
    case 'td':
    case 'th':
    case 'caption':
      return closing ? ` ${CELL_SEPARATOR} ` : '';
    case 'br':
      return '  \n';
    case 'hr':
      return '\n\n---\n\n';
    default:
      return undefined;
  }
}

/**
 * Escapes the `|` of a table cell's Markdown that is not escaped yet (in code spans too: GitHub's
 * tables split cells at any unescaped `|`).
 */
function escapeCellPipes(markdown: string): string {
  return markdown.replace(/(\\*)\|/g, (match, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\|` : match
  );
}

/**
 * A wiki table as a Markdown table, when it is a plain grid: no merged cells (colspan,
 * rowspan) and no block content (lists, headings, quotes, code) in a cell, which Markdown tables
 * cannot hold. Undefined otherwise. A cell's paragraphs are joined on one line. A first row of
 * header cells becomes the table's head; a caption, a line above it.
 */
/**
 * A list in a table cell, made to follow on the cell's line: each item marked "•", or numbered
 * as its list numbers it (Markdown would number a list "1." on every line).
 */
function listOnOneLine(markdown: string): { text: string; listed: boolean } {
  let listed = false;
  let number = 0;
  const lines = markdown.split('\n').map((line) => {
    // An item of a list in an item ("- - text") is marked once.
    // "1\." is prose ("1999\. Released"): lists are written "1." (escapeMarkdown escapes others).
    const item = /^[ \t]*(?:([-*])|\d+[.)])[ \t]+(?:(?:[-*]|\d+[.)])[ \t]+)*(.*)$/.exec(line);
    if (!item) {
      number = 0;
      return line;
    }
    listed = true;
    if (item[1]) return `• ${item[2]}`;
    return `${++number}. ${item[2]}`;
  });
  return { text: lines.join('\n'), listed };
}

function wikiTableToMarkdown(table: WikiNode, context: ConvertContext): string | undefined {
  // A table of one cell is a frame around its content (another table, a code sample): the
  // content, without the frame.
  const cells = table.childNodes.flatMap((child) =>
    child.type === 'tr'
      ? child.childNodes.filter((c) => c.type === 'td')
      : child.type === 'td'
        ? [child]
        : []
  );
  const lone = cells.length === 1 && cells[0]?.subtype !== 'caption' ? cells[0] : undefined;
  const loneInner = lone?.childNodes.find((c) => c.type === 'td-inner');
  if (loneInner) {
    context.diagnostics.warn(
      'table-frame',
      'a wiki table of one cell, a frame around its content: the content is shown without it',
      () => context.lineOf(table)
    );
    return toMarkdown(loneInner, context).trim();
  }
  const rows: string[][] = [];
  const headerFlags: boolean[] = [];
  let caption = '';
  let row: string[] | undefined;
  let rowIsHeader = true;
  let spans = 0;
  // Cells a rowspan carries down: by column, their text and how many rows more they cover.
  const carried = new Map<number, { text: string; rows: number }>();
  const takeCarried = () => {
    for (let entry = carried.get(row?.length ?? 0); entry; entry = carried.get(row?.length ?? 0)) {
      row ??= [];
      if (--entry.rows === 0) carried.delete(row.length);
      row.push(entry.text);
    }
  };
  const endRow = () => {
    // Cells carried down past the row's last own cell, in their columns even after a short
    // row (its missing cells are empty): every carried cell covers this row too.
    if (row) {
      const last = Math.max(-1, ...carried.keys());
      while (row.length <= last) {
        if (carried.has(row.length)) takeCarried();
        else row.push('');
      }
    }
    if (row && row.length > 0) {
      rows.push(row);
      headerFlags.push(rowIsHeader);
    }
    row = undefined;
    rowIsHeader = true;
  };
  const addCell = (cell: WikiNode): boolean => {
    const attrs = cell.childNodes.find((c) => c.type === 'table-attrs')?.toString() ?? '';
    const inner = cell.childNodes.find((c) => c.type === 'td-inner');
    // A one-line code block (the wiki's <pre> in a cell) reads as code in the cell's line.
    const converted = (inner ? toMarkdown(inner, context).trim() : '').replace(
      /^```[\w-]*\n([^\n`]*)\n```$/gm,
      (_, code: string) => codeSpan(code)
    );
    const { text, listed } = listOnOneLine(converted);
    // Blocks a cell's line cannot hold: a quote, a heading, code, a table in the cell.
    if (/\n\s*\S/.test(text) && /\n\s*(?:> |#|```|\|)/.test(`\n${text}`)) return false;
    if (listed)
      context.diagnostics.warn(
        'table-cell-list',
        'a list in a table cell is written on the cell’s line, its items one after another',
        () => context.lineOf(cell)
      );
    if (cell.subtype === 'caption') {
      caption = text;
      return true;
    }
    takeCarried();
    row ??= [];
    const cellText = escapeCellPipes(text.replace(/\s*\n\s*/g, ' '));
    // A merged cell's text is in each cell it covers: a Markdown table merges none.
    const span = (name: string) =>
      Math.min(
        100,
        Math.max(1, Number(new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)?.[1] ?? 1))
      );
    const columns = span('colspan');
    const rowsDown = span('rowspan');
    if (columns > 1 || rowsDown > 1) spans++;
    for (let column = 0; column < columns; column++) {
      if (rowsDown > 1) carried.set(row.length, { text: cellText, rows: rowsDown - 1 });
      row.push(cellText);
    }
    if (cell.subtype !== 'th') rowIsHeader = false;
    return true;
  };
  for (const child of table.childNodes) {
    if (child.type === 'tr') {
      endRow();
      for (const cell of child.childNodes.filter((c) => c.type === 'td'))
        if (!addCell(cell)) return undefined;
      endRow();
    } else if (child.type === 'td') {
      // Cells before the first "|-" form an implicit first row.
      if (!addCell(child)) return undefined;
    }
  }
  endRow();
  if (rows.length === 0) return undefined;
  if (spans > 0)
    context.diagnostics.warn(
      'table-spans',
      `a wiki table with ${spans} merged cell(s): each one's text is repeated in every cell it covered`,
      () => context.lineOf(table)
    );
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array.from({ length: width - r.length }, () => '')];
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  const [head, ...body] = headerFlags[0]
    ? rows
    : [Array.from({ length: width }, () => ''), ...rows];
  return [
    caption,
    [line(head ?? []), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join(
      '\n'
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Markup in text that tries to be active HTML or JSX: elements that run, load or embed things,
 * forms, components (capitalised names), event-handler attributes. The wiki showed it as text
 * (it allows none of them), and so does the page; each is reported. Type notations such as
 * `<length>` are only text and are not reported.
 */
const ACTIVE_MARKUP =
  /<\/?(?:script|style|i?frame(?:set)?|object|embed|applet|img|image|svg|math|link|meta|base|form|input|button|textarea|select|a|video|audio|source|track|canvas|template|slot|portal|noscript|html|head|body|title|[A-Z][\w.]*)(?=[\s/>]|$)|\son[a-z]+\s*=/;

function convert(node: WikiNode, context: ConvertContext): string {
  const { diagnostics } = context;
  const line = () => context.lineOf(node);
  switch (node.type) {
    case 'text': {
      const raw = node.toString();
      const active = ACTIVE_MARKUP.exec(raw)?.[0].trim();
      if (active)
        diagnostics.warn(
          'html-as-text',
          `${active}… is markup the wiki did not allow (it showed it as text); kept as text`,
          line
        );
      if (hasModuleLine(raw))
        diagnostics.warn(
          'module-syntax-as-text',
          'a line starting with import or export is kept as text, never as code',
          line
        );
      return escapeMarkdown(decodeHTMLStrict(raw));
    }
    case 'quote': {
      const marks = node.toString();
      return marks === "'''''"
        ? '***'
        : marks === "'''"
          ? '**'
          : marks === "''"
            ? '*'
            : escapeMarkdown(marks);
    }
    case 'magic-word': {
      const escaped = escapeTemplate(node);
      if (escaped !== undefined) return escapeMarkdown(escaped);
      diagnostics.warn(
        'magic-word',
        `magic word ${String(node).slice(0, 60)} kept as written`,
        line
      );
      return codeSpan(node.toString());
    }
    case 'link':
    case 'ext-link':
      return convertLink(node, context);
    case 'free-ext-link':
      return context.links.externalLink(node.toString(), undefined, line);
    case 'file':
    case 'gallery-image': {
      const caption = node.childNodes.find(
        (c) => c.type === 'image-parameter' && c.name === 'caption'
      );
      diagnostics.warn(
        'file-link',
        `${String(node).slice(0, 60)}: wiki files are not imported; its caption is kept`,
        line
      );
      return caption ? toMarkdown(caption, context) : '';
    }
    case 'category':
      diagnostics.warn(
        'category-link',
        `${String(node).slice(0, 60)}: wiki categories are not imported`,
        line
      );
      return '';
    case 'html': {
      const tag = tagOf(node);
      const closing = isClosingTag(node);
      const block = htmlBlock(tag, closing);
      if (block !== undefined) {
        if (tag === 'table' && !closing)
          diagnostics.warn('html-table', 'an HTML table flattened into a list of rows', line);
        return block;
      }
      if (!WRAPPER_TAGS.has(tag) && !(tag in PAIRED_TAGS) && !CODE_TAGS.has(tag))
        diagnostics.warn('html-tag', `the HTML tag <${tag}> is dropped, its content kept`, line);
      else if (!closing && (tag in PAIRED_TAGS || CODE_TAGS.has(tag)))
        diagnostics.warn('html-tag', `<${tag}> is not closed; dropped, its content kept`, line);
      return '';
    }
    case 'ext': {
      const tag = tagOf(node);
      const inner = node.childNodes.find((c) => c.type === 'ext-inner');
      const code = inner ? inner.toString() : '';
      if (tag === 'syntaxhighlight' || tag === 'source') {
        const lang = String(node.getAttr?.('lang') ?? node.getAttr?.('language') ?? '');
        // Like MediaWiki, a line break right after the opening tag is not part of the code.
        return `\n\n${fence(code.replace(/^\r?\n/, ''), languageOf(lang))}\n\n`;
      }
      // <pre> shows its text as written, with character references decoded and <nowiki> marks
      // removed (MediaWiki's rules); a line break right after the opening tags is no part of it.
      if (tag === 'pre')
        return `\n\n${fence(decodeHTMLStrict(code.replace(/<\/?nowiki\s*\/?>/gi, '').replace(/^\r?\n/, '')))}\n\n`;
      if (tag === 'nowiki') return escapeMarkdown(decodeHTMLStrict(code));
      if (tag === 'math') return codeSpan(code);
      // A footnote, read in place: Markdown footnotes would need anchors the page cannot check.
      if (tag === 'ref')
        return code.trim() ? ` (${toMarkdown(inner ?? node, context).trim()})` : '';
      if (tag === 'references') return '';
      if (tag === 'img') {
        // Images are not imported (the wiki's files are not in the corpus): their text stays.
        const alt = String(node.getAttr?.('alt') ?? '').trim();
        diagnostics.warn(
          'image',
          `an image (<img>) is not imported${alt ? '; its alt text is kept' : ''}`,
          line
        );
        return alt ? escapeMarkdown(alt) : '';
      }
      diagnostics.warn('extension-tag', `<${tag}> kept as code`, line);
      return `\n\n${keptWikitext(node.toString())}\n\n`;
    }
    case 'heading': {
      const level = Math.min(6, Math.max(3, (node.level ?? 2) + 1));
      const title = node.childNodes.find((c) => c.type === 'heading-title');
      const text = title ? toMarkdown(title, context).trim() : '';
      return text ? `${'#'.repeat(level)} ${headingText(text.replace(/\s*\n\s*/g, ' '))}` : '';
    }
    case 'list': {
      // The parser keeps the space after the marks ("* "): only the marks count.
      const marks = node.toString().trimEnd();
      // Nested items are indented to their parent item's text: past "1. " under a numbered one.
      const depth = [...marks.slice(0, -1)].map((mark) => (mark === '#' ? '   ' : '  ')).join('');
      const last = marks.at(-1);
      if (last === '*') return `${depth}- `;
      if (last === '#') return `${depth}1. `;
      if (last === ';') return `${depth}- **`;
      return `${depth}  `;
    }
    case 'dd':
      return '**: ';
    case 'hr':
      return '\n\n---\n\n';
    case 'comment':
    case 'noinclude':
    case 'include':
    case 'double-underscore':
      // Not shown on the wiki page either.
      return '';
    case 'table': {
      const table = wikiTableToMarkdown(node, context);
      if (table !== undefined) return `\n\n${table}\n\n`;
      diagnostics.warn(
        'table',
        'wiki table with merged cells or block content kept as wikitext in a code block',
        line
      );
      return `\n\n${keptWikitext(node.toString())}\n\n`;
    }
    case 'template': {
      const escaped = escapeTemplate(node);
      if (escaped !== undefined) return escapeMarkdown(escaped);
      const converted = isTemplate(node) ? context.inlineTemplate(node) : undefined;
      if (converted !== undefined) return converted;
      diagnostics.warn(
        'inline-template',
        `template ${node.name ?? ''} inside text kept as code`,
        line
      );
      return codeSpan(node.toString());
    }
    case 'arg': {
      // {{{1|default}}} outside a template shows its default, as MediaWiki does.
      const fallback = node.childNodes.find((c) => c.type === 'arg-default');
      diagnostics.warn(
        'template-parameter',
        `${String(node).slice(0, 60)} is a template parameter outside a template; its default is shown`,
        line
      );
      return fallback ? toMarkdown(fallback, context) : codeSpan(node.toString());
    }
    default:
      if (node.childNodes.length > 0) return toMarkdown(node, context);
      diagnostics.warn('unknown-markup', `markup of type ${node.type} kept as text`, line);
      return escapeMarkdown(node.toString());
  }
}

/** The code-fence language of a wiki language name. */
export function languageOf(name: string): string {
  const key = name.trim().toLowerCase();
  const map: Record<string, string> = {
    javascript: 'js',
    js: 'js',
    html: 'html',
    html5: 'html',
    xml: 'xml',
    css: 'css',
    svg: 'xml',
    json: 'json',
    php: 'php',
    bash: 'sh',
    shell: 'sh',
    text: '',
    '': '',
  };
  const mapped = map[key] ?? key;
  // A name Shiki does not know ("other", "none") would only make the build warn: plain text.
  return mapped in bundledLanguages ? mapped : '';
}
