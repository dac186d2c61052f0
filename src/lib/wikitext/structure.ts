/**
 * The wiki's structure as the parser sees it, where it differs from what the author meant:
 * unclosed markup (an error for the page) and tables written with bare `|` inside a template
 * argument (rejoined, with a warning).
 */
import type { Diagnostics, LineRef } from './diagnostics.ts';
import {
  argumentValue,
  normalizeTemplateName,
  parseWikitext,
  syntheticNode,
  type TemplateArgument,
  type WikiNode,
} from './wiki-node.ts';

/**
 * Markup the parser had to read as plain text because it is not closed: an unclosed template
 * (its "{{" is left in the text) or an unclosed table. Such a page cannot be imported faithfully.
 */
export function checkMalformed(
  root: WikiNode,
  diagnostics: Diagnostics,
  lineOf: (node: WikiNode) => number | undefined
): void {
  const visit = (node: WikiNode) => {
    for (const child of node.childNodes) {
      if (child.type === 'text') {
        const text = child.toString();
        const index = text.indexOf('{{');
        if (index >= 0) {
          const start = text.slice(index, index + 40).split('\n')[0];
          // The text node may begin lines before the "{{".
          const line = (lineOf(child) ?? 1) + (text.slice(0, index).match(/\n/g)?.length ?? 0);
          diagnostics.error(
            'unclosed-template',
            `a template is not closed: "${start}…" has no matching "}}"`,
            line
          );
        }
      } else if (child.type !== 'ext' && child.type !== 'comment') {
        // The parser's own lint finds this too, but in time quadratic in the page's tags.
        if (child.type === 'table' && child.closed === false)
          diagnostics.error(
            'unclosed-table',
            'a table is not closed: "{|" has no matching "|}"',
            () => lineOf(child)
          );
        visit(child);
      }
    }
  };
  visit(root);
}

/**
 * Whether a text leaves a wiki table open: more `{|` than `|}` at line starts, or a line-start
 * `{` at its very end (the parser splits "{|" itself, so the next argument continues a table).
 */
function leavesTableOpen(text: string): boolean {
  const opens = text.match(/(?:^|\n)[ \t]*\{\|/g)?.length ?? 0;
  const closes = text.match(/(?:^|\n)[ \t]*\|\}/g)?.length ?? 0;
  return opens > closes || /(?:^|\n)[ \t]*\{$/.test(text);
}

/**
 * A wiki table written straight into a template argument: its `|`s split the argument into
 * pieces (`class="wikitable"`, `-`…), as MediaWiki itself does, though the author meant one
 * value. The pieces are joined back into the argument that opened the table, and reported.
 */
export function joinTableFragments(
  template: WikiNode,
  all: readonly TemplateArgument[],
  diagnostics: Diagnostics,
  line: LineRef
): TemplateArgument[] {
  const result: TemplateArgument[] = [];
  let open: { arg: TemplateArgument; raw: string; pieces: number } | undefined;
  const close = () => {
    if (!open) return;
    const { arg, raw, pieces } = open;
    const value = syntheticNode('parameter-value', parseWikitext(raw).childNodes, raw);
    result.push({
      name: arg.name,
      anon: false,
      childNodes: [value],
      toString: () => `${arg.name}=${raw}`,
    });
    diagnostics.warn(
      'table-in-argument',
      `a table in "${arg.name}" of {{${normalizeTemplateName(template.name ?? '')}}} is written with bare | (${pieces} pieces); read as one value, as its author meant`,
      line
    );
    open = undefined;
  };
  for (const arg of all) {
    const value = argumentValue(arg).toString();
    if (open) {
      open.raw += `|${arg.toString()}`;
      open.pieces += 1;
      if (!leavesTableOpen(open.raw)) close();
      continue;
    }
    if (leavesTableOpen(value)) open = { arg, raw: value, pieces: 0 };
    else result.push(arg);
  }
  close();
  return result;
}

/**
 * A template argument that builds a table with `{{!}}` (the wiki's escaped `|`), parsed again
 * with the escapes expanded, as MediaWiki reads it: the table becomes a table, not text. Other
 * values are returned as they are.
 */
export function withPipesExpanded(value: WikiNode): WikiNode {
  const raw = value.toString();
  if (!/\{\{\s*!\s*\}\}/.test(raw) || !/(?:^|\n)[ \t]*\{\{\{\s*!\s*\}\}/.test(raw)) return value;
  const expanded = raw.replace(/\{\{\s*!!\s*\}\}/g, '||').replace(/\{\{\s*!\s*\}\}/g, '|');
  return syntheticNode(value.type, parseWikitext(expanded).childNodes, expanded);
}
