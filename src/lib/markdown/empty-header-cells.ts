/**
 * A table header cell with no text heads nothing: a screen reader announces it as an empty
 * column or row header (axe `empty-table-header`). Markdown cannot write a table without a
 * header row, so imported wiki tables whose first row was blank, and corner cells, come out as
 * empty `<th>`s; they become plain `<td>`s.
 */
import { defineHastPlugin } from 'satteri';
import type { HastNode } from './table-scroll';

/** Whether a node holds no text (only whitespace) and no image or other content element. */
function isEmpty(node: HastNode): boolean {
  if (node.type === 'text') return (node.value ?? '').trim() === '';
  if (node.type === 'element' && node.tagName !== 'br')
    return (node.children ?? []).every(isEmpty) && node.tagName !== 'img';
  return true;
}

/** The Sätteri hast plugin that turns every empty `<th>` of a page's Markdown into a `<td>`. */
export const emptyHeaderCellsPlugin = defineHastPlugin({
  name: 'wp-empty-header-cells',
  element: {
    filter: ['th'],
    visit(cell, ctx) {
      const node = cell as HastNode;
      if (!(node.children ?? []).every(isEmpty)) return;
      ctx.replaceNode(cell, {
        type: 'element',
        tagName: 'td',
        properties: node.properties ?? {},
        children: [],
      } as never);
    },
  },
});
