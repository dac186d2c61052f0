/**
 * The wiki's structure as the parser sees it, where it differs from what the author meant:
 * unclosed markup (an error for the page) and tables written with bare `|` inside a template
 * argument (rejoined, with a warning).
 */
import Parser from 'wikiparser-node';
import type { Diagnostics } from './diagnostics.ts';
import { argumentValue, lineOf, normalizeTemplateName, type WikiNode } from './inline.ts';

/**
 * Markup the parser had to read as plain text because it is not closed: an unclosed template
 * (its "{{" is left in the text) or an unclosed table. Such a page cannot be imported faithfully.
 */
export function checkMalformed(root: WikiNode, diagnostics: Diagnostics): void {
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
      } else if (child.type !== 'ext' && child.type !== 'comment') visit(child);
    }
  };
  visit(root);
  const lint =
    (
      root as WikiNode & {
        lint?: () => { rule: string; message: string; severity: string; startLine?: number }[];
      }
    ).lint?.() ?? [];
  for (const problem of lint) {
    if (problem.severity === 'error' && problem.rule === 'unclosed-table') {
      diagnostics.error(
        'unclosed-table',
        'a table is not closed: "{|" has no matching "|}"',
        problem.startLine === undefined ? undefined : problem.startLine + 1
      );
    }
  }
}

export type TemplateArg = { name: string; childNodes: WikiNode[]; toString(): string };

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
  all: readonly TemplateArg[],
  diagnostics: Diagnostics
): TemplateArg[] {
  const result: TemplateArg[] = [];
  let open: { arg: TemplateArg; raw: string; pieces: number } | undefined;
  const close = () => {
    if (!open) return;
    const { arg, raw, pieces } = open;
    const parsed = Parser.parse(raw) as unknown as WikiNode;
    const value: WikiNode = {
      type: 'parameter-value',
      childNodes: parsed.childNodes,
      toString: () => raw,
    };
    result.push({ name: arg.name, childNodes: [value], toString: () => `${arg.name}=${raw}` });
    diagnostics.warn(
      'table-in-argument',
      `a table in "${arg.name}" of {{${normalizeTemplateName(template.name ?? '')}}} is written with bare | (${pieces} pieces); read as one value, as its author meant`,
      lineOf(template)
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
  const parsed = Parser.parse(expanded) as unknown as WikiNode;
  return { type: value.type, childNodes: parsed.childNodes, toString: () => expanded };
}
