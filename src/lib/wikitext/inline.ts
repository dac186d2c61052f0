/**
 * WebPlatform wikitext → Markdown for MDX, node by node over wikiparser-node's tree. Nothing is
 * dropped: markup with no Markdown equivalent is kept as visible code and reported.
 */
import { bundledLanguages } from 'shiki';
import type { Diagnostics } from './diagnostics.ts';

/** The part of a wikiparser-node token this converter reads. */
export interface WikiNode {
  type: string;
  name?: string;
  childNodes: WikiNode[];
  toString(): string;
  getAttr?(name: string): unknown;
  closing?: boolean;
  level?: number;
  getBoundingClientRect?(): { top: number };
}

/** The line of a node in its page (1-based), when the parser knows it. */
export function lineOf(node: WikiNode): number | undefined {
  try {
    const rect = node.getBoundingClientRect?.();
    return rect ? rect.top + 1 : undefined;
  } catch {
    return undefined;
  }
}

/** Escapes text so MDX reads it as text, not JSX or expressions. */
export function escapeMdx(text: string): string {
  return text.replace(
    /[{}<>]/g,
    (c) => ({ '{': '\\{', '}': '\\}', '<': '&lt;', '>': '&gt;' })[c] ?? c
  );
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function fence(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${code.replace(/\n+$/, '')}\n${marks}`;
}

const ESCAPE_TEMPLATES: Record<string, string> = { '=': '=', '!': '|', '!!': '||' };

/** The wiki path a page link points to, as the site's URL (the wiki's paths are the site's ids). */
export function wikiPathOf(target: string): string {
  return target.trim().replace(/^\/+/, '').replace(/\s/g, '_').replace(/#.*$/, '');
}

const HTML_MARKS: Record<string, string> = {
  b: '**',
  strong: '**',
  i: '*',
  em: '*',
  code: '`',
  tt: '`',
  var: '*',
};

/**
 * The Markdown for block-level HTML the wiki's imported pages use: headings, lists and definition
 * lists keep their structure; a table becomes one list item per row, cells separated by " — "
 * (Markdown tables cannot hold the lists and paragraphs these cells have). Undefined for others.
 */
export function htmlBlock(tag: string, closing: boolean): string | undefined {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const level = Math.min(6, Math.max(3, Number(heading[1]) + 1));
    return closing ? '\n\n' : `\n\n${'#'.repeat(level)} `;
  }
  switch (tag) {
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
      return closing ? ' — ' : '';
    default:
      return undefined;
  }
}

/**
 * A wiki table as a Markdown table, when it is a plain grid: no merged cells (colspan,
 * rowspan) and no block content (lists, paragraphs, code) in a cell, which Markdown tables
 * cannot hold. Undefined otherwise. A first row of header cells becomes the table's head; a
 * caption, a line above it.
 */
export function wikiTableToMarkdown(table: WikiNode, context: InlineContext): string | undefined {
  const rows: string[][] = [];
  const headerFlags: boolean[] = [];
  let caption = '';
  let row: string[] | undefined;
  let rowIsHeader = true;
  const endRow = () => {
    if (row && row.length > 0) {
      rows.push(row);
      headerFlags.push(rowIsHeader);
    }
    row = undefined;
    rowIsHeader = true;
  };
  const addCell = (cell: WikiNode): boolean => {
    const attrs = cell.childNodes.find((c) => c.type === 'table-attrs')?.toString() ?? '';
    if (/\b(?:col|row)span\b/i.test(attrs)) return false;
    const inner = cell.childNodes.find((c) => c.type === 'td-inner');
    // A scratch context: a table that falls back to code must not report what is inside it.
    const scratch: InlineContext = { ...context, links: [], editorial: [] };
    const text = inner ? toMarkdown(inner, scratch).trim() : '';
    if (/\n\s*\S/.test(text) && /\n\s*(?:[-*] |\d+\. |#|```|\n)/.test(`\n${text}`)) return false;
    context.links.push(...scratch.links);
    context.editorial.push(...scratch.editorial);
    if ((cell as WikiNode & { subtype?: string }).subtype === 'caption') {
      caption = text;
      return true;
    }
    row ??= [];
    row.push(text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|'));
    if ((cell as WikiNode & { subtype?: string }).subtype !== 'th') rowIsHeader = false;
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

/** Context of one conversion: diagnostics and the links found, for the caller to check. */
export interface InlineContext {
  diagnostics: Diagnostics;
  links: { path: string; line: number | undefined }[];
  /** Editorial flags found inside text ({{Editorial/Merge_Candidate}}…), for the review notice. */
  editorial: string[];
}

/** A template name as the wiki meant it: "Template:Single_Example" → "single example". */
export function normalizeTemplateName(name: string): string {
  return name
    .replace(/^Template:/i, '')
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase();
}

/** The value of a template argument (`name=` and all): an empty node when it has none. */
export function argumentValue(arg: { childNodes: WikiNode[] }): WikiNode {
  return (
    arg.childNodes.find((c) => c.type === 'parameter-value') ?? {
      type: 'parameter-value',
      childNodes: [],
      toString: () => '',
    }
  );
}

/** A template's arguments by name ("1" for the first anonymous one), as their value nodes. */
function templateArgs(node: WikiNode): Map<string, WikiNode> {
  const all =
    (
      node as WikiNode & { getAllArgs?: () => { name: string; childNodes: WikiNode[] }[] }
    ).getAllArgs?.() ?? [];
  return new Map(all.map((arg) => [arg.name, argumentValue(arg)]));
}

/**
 * Templates used inside text that have a Markdown form: notes become asides, to-dos stay visible,
 * editorial flags go to the review notice. Undefined for any other template.
 */
function convertInlineTemplate(node: WikiNode, context: InlineContext): string | undefined {
  const name = normalizeTemplateName(node.name ?? '');
  const args = templateArgs(node);
  const first = args.get('1');
  const inner = first ? toMarkdown(first, context).trim() : '';
  switch (name) {
    case 'note':
      return `\n\n<Aside kind="note" title="Note">\n\n${inner}\n\n</Aside>\n\n`;
    case 'todo':
      return `*(To do, from the wiki: ${inner || 'unspecified'})*`;
    case 'editorial/merge candidate':
    case 'editorial/deletion candidate': {
      const detail = [...args.values()]
        .map((value) => plainText(value, context).trim())
        .filter(Boolean)
        .join('; ');
      const what = name.replace('editorial/', '');
      context.editorial.push(detail ? `${what}: ${detail}` : what);
      return '';
    }
    default:
      return undefined;
  }
}

/** The text of a node with the wiki's escape templates resolved, for code. */
export function plainText(node: WikiNode, context: InlineContext): string {
  if (node.type === 'text') return node.toString();
  if (node.type === 'magic-word' && node.name && ESCAPE_TEMPLATES[node.name] !== undefined)
    return ESCAPE_TEMPLATES[node.name] as string;
  if (node.type === 'template' || node.type === 'magic-word') {
    context.diagnostics.warn(
      'template-in-code',
      `template ${String(node).slice(0, 60)} inside code kept as written`,
      lineOf(node)
    );
    return node.toString();
  }
  // Tags and extension blocks inside code are code: keep them as written.
  if (node.type === 'html' || node.type === 'ext' || node.type === 'comment')
    return node.toString();
  return node.childNodes.length > 0
    ? node.childNodes.map((child) => plainText(child, context)).join('')
    : node.toString();
}

/** Converts a node's children to Markdown. */
export function toMarkdown(node: WikiNode, context: InlineContext): string {
  return node.childNodes.map((child) => convert(child, context)).join('');
}

function convert(node: WikiNode, context: InlineContext): string {
  const { diagnostics } = context;
  switch (node.type) {
    case 'text':
      return escapeMdx(node.toString());
    case 'quote': {
      const marks = node.toString();
      return marks === "'''''"
        ? '***'
        : marks === "'''"
          ? '**'
          : marks === "''"
            ? '*'
            : escapeMdx(marks);
    }
    case 'magic-word':
      if (node.name && ESCAPE_TEMPLATES[node.name] !== undefined)
        return ESCAPE_TEMPLATES[node.name] as string;
      diagnostics.warn(
        'magic-word',
        `magic word ${String(node).slice(0, 60)} kept as written`,
        lineOf(node)
      );
      return `\`${node.toString().replace(/`/g, "'")}\``;
    case 'link': {
      const target = node.childNodes.find((c) => c.type === 'link-target');
      const text = node.childNodes.find((c) => c.type === 'link-text');
      const path = wikiPathOf(target ? target.toString() : '');
      const label = text ? toMarkdown(text, context) : escapeMdx(path.split('/').at(-1) ?? path);
      if (/^(?:File|Image|Category):/i.test(path)) {
        diagnostics.warn(
          'file-link',
          `link to ${path} (wiki files and categories are not imported) kept as text`,
          lineOf(node)
        );
        return label;
      }
      context.links.push({ path, line: lineOf(node) });
      return `[${label}](/${path})`;
    }
    case 'ext-link': {
      const urlNode = node.childNodes.find((c) => c.type === 'ext-link-url');
      const url = urlNode ? plainText(urlNode, context).trim() : '';
      const text = node.childNodes.find((c) => c.type === 'ext-link-text');
      return `[${text ? toMarkdown(text, context) : escapeMdx(url)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
    }
    case 'free-ext-link': {
      const url = node.toString();
      return `[${escapeMdx(url)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
    }
    case 'html': {
      const tag = (node.name ?? '').toLowerCase();
      const closing = node.toString().startsWith('</');
      if (tag === 'br') return '  \n';
      const mark = HTML_MARKS[tag];
      if (mark) return mark;
      if (['p', 'div', 'span', 'small', 'big', 'font', 'center', 'sup', 'sub', 'u'].includes(tag)) {
        if (!closing)
          diagnostics.warn('html-tag', `<${tag}> tag dropped, its content kept`, lineOf(node));
        return tag === 'p' || tag === 'div' ? '\n\n' : '';
      }
      const block = htmlBlock(tag, closing);
      if (block !== undefined) {
        if (tag === 'table' && !closing)
          diagnostics.warn(
            'html-table',
            'an HTML table flattened into a list of rows',
            lineOf(node)
          );
        return block;
      }
      diagnostics.warn('html-tag', `unknown HTML tag ${String(node)} kept as text`, lineOf(node));
      return escapeMdx(node.toString());
    }
    case 'ext': {
      const tag = (node.name ?? '').toLowerCase();
      const inner = node.childNodes.find((c) => c.type === 'ext-inner');
      const code = inner ? inner.toString() : '';
      if (tag === 'syntaxhighlight' || tag === 'source' || tag === 'pre') {
        const lang = String(node.getAttr?.('lang') ?? '').toLowerCase();
        // Like MediaWiki, a line break right after the opening tag is not part of the code.
        return `\n\n${fence(code.replace(/^\r?\n/, ''), languageOf(lang))}\n\n`;
      }
      if (tag === 'nowiki') return escapeMdx(code);
      diagnostics.warn('extension-tag', `<${tag}> kept as code`, lineOf(node));
      return `\n\n${fence(node.toString())}\n\n`;
    }
    case 'heading': {
      const level = Math.min(6, Math.max(3, (node.level ?? 2) + 1));
      const title = node.childNodes.find((c) => c.type === 'heading-title');
      return `${'#'.repeat(level)} ${title ? toMarkdown(title, context).trim() : escapeMdx(node.toString())}`;
    }
    case 'list': {
      // The parser keeps the space after the marks ("* "): only the marks count.
      const marks = node.toString().trimEnd();
      const depth = '  '.repeat(Math.max(0, marks.length - 1));
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
      return `{/* ${node.toString().slice(4, -3).replace(/\*\//g, '* /').trim()} */}`;
    case 'table': {
      const table = wikiTableToMarkdown(node, context);
      if (table !== undefined) return `\n\n${table}\n\n`;
      diagnostics.warn(
        'table',
        'wiki table with merged cells or block content kept as wikitext in a code block',
        lineOf(node)
      );
      return `\n\n${fence(node.toString(), 'wikitext')}\n\n`;
    }
    case 'template': {
      const converted = convertInlineTemplate(node, context);
      if (converted !== undefined) return converted;
      diagnostics.warn(
        'inline-template',
        `template ${node.name ?? ''} inside text kept as code`,
        lineOf(node)
      );
      return `\`${node.toString().replace(/`/g, "'").replace(/\n/g, ' ')}\``;
    }
    default:
      if (node.childNodes.length > 0) return toMarkdown(node, context);
      diagnostics.warn('unknown-markup', `markup of type ${node.type} kept as text`, lineOf(node));
      return escapeMdx(node.toString());
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
