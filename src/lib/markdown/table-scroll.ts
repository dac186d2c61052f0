/**
 * Every table of a page's Markdown scrolls sideways in its own box, as the site's components'
 * tables do (`<section class="wp-table-scroll" tabindex="0" aria-label>`): focusable, so a
 * keyboard can scroll it, and named, since it is a region. A table already in such a box is left
 * alone.
 */
import { defineHastPlugin } from 'satteri';

/** The part of a hast tree this plugin reads and writes. */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Longest name given to a table's box before it is cut with an ellipsis. */
const MAX_LABEL = 80;

/** The text of a node and its descendants, spaces folded. */
function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

function find(node: HastNode, tagName: string): HastNode | undefined {
  for (const child of node.children ?? []) {
    if (child.tagName === tagName) return child;
    const found = find(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/** A table's name: its caption, else "Table: " and its column headings, else its number. */
export function tableLabel(table: HastNode, number: number): string {
  const caption = find(table, 'caption');
  const headings = (find(find(table, 'thead') ?? table, 'tr')?.children ?? [])
    .filter((cell) => cell.tagName === 'th')
    .map(textOf)
    .filter(Boolean);
  const label = caption
    ? textOf(caption)
    : headings.length > 0
      ? `Table: ${headings.join(', ')}`
      : `Table ${number}`;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

const isScrollBox = (node: HastNode | undefined) =>
  [node?.properties?.['className']].flat().includes('wp-table-scroll');

/** The box a table is wrapped in: focusable (a keyboard scrolls it) and named (a region). */
export function scrollBox(label: string): HastNode & { children: HastNode[] } {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['wp-table-scroll'], tabIndex: 0, ariaLabel: label },
    children: [],
  };
}

/**
 * The Sätteri hast plugin (Astro's Markdown processor, MDX included) that boxes every table of a
 * page's Markdown not yet in a box, numbering the tables it names by number.
 */
export const tableScrollPlugin = defineHastPlugin({
  name: 'wp-table-scroll',
  before: (_root, ctx) => {
    ctx.data['wpTables'] = 0;
  },
  element: {
    filter: ['table'],
    visit(table, ctx) {
      if (isScrollBox(ctx.parent(table) as HastNode)) return;
      const number = (Number(ctx.data['wpTables']) || 0) + 1;
      ctx.data['wpTables'] = number;
      ctx.wrapNode(table, scrollBox(tableLabel(table as HastNode, number)) as never);
    },
  },
});
