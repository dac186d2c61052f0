/**
 * The wiki's structure as the parser sees it, where it differs from what the author meant:
 * unclosed markup (an error for the page), tables written with bare `|` inside a template
 * argument, tables built with `{{!}}`.
 */
import type { Diagnostics } from './diagnostics.ts';
import { parseWikitext, syntheticNode, type WikiNode } from './wiki-node.ts';

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
 * Follows whether wikitext, fed piece by piece, leaves a wiki table open: `{|` and `|}` at line
 * starts. A table written straight into a template argument has its `|`s split the argument into
 * pieces (`class="wikitable"`, `-`…), as MediaWiki itself does, though the author meant one
 * value; while a table is open, the next piece belongs to it. Linear in the text fed, however
 * many pieces (a page with a thousand tables in one argument has thousands).
 */
export class TableScanner {
  #depth = 0;
  #lineStart = true;
  /** A `{` at a line start, whose `|` may come in the next piece. */
  #brace = false;

  /** Whether a table is open after the text fed so far. */
  get open(): boolean {
    return this.#depth > 0 || this.#brace;
  }

  feed(text: string): void {
    for (let index = 0; index < text.length; index++) {
      const c = text[index];
      if (this.#brace) {
        this.#brace = false;
        if (c === '|') {
          this.#depth++;
          continue;
        }
      }
      if (this.#lineStart && c === '{') {
        this.#brace = true;
        this.#lineStart = false;
      } else if (this.#lineStart && c === '|' && text[index + 1] === '}') {
        this.#depth = Math.max(0, this.#depth - 1);
        this.#lineStart = false;
        index++;
      } else if (c === '\n') this.#lineStart = true;
      else if (c !== ' ' && c !== '\t') this.#lineStart = false;
    }
  }
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
