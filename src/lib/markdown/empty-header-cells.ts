/**
 * A table header cell with no text heads nothing: a screen reader announces it as an empty
 * column or row header (axe `empty-table-header`). Markdown cannot write a table without a
 * header row, so imported wiki tables whose first row was blank, and corner cells, come out as
 * empty `<th>`s; they become plain `<td>`s.
 */
import { defineHastPlugin } from 'satteri';
import type { HastNode } from './table-scroll';

/** Whether a node holds text (not only whitespace) or an image. */
function hasContent(node: HastNode): boolean {
  if (node.type === 'text') return (node.value ?? '').trim() !== '';
  return node.tagName === 'img' || (node.children ?? []).some(hasContent);
}

/** The Sätteri hast plugin that turns every empty `<th>` of a page's Markdown into a `<td>`. */
export const emptyHeaderCellsPlugin = defineHastPlugin({
  name: 'wp-empty-header-cells',
  element: {
    filter: ['th'],
    visit(cell, ctx) {
      const node = cell as HastNode;
      if (hasContent(node)) return;
      ctx.replaceNode(cell, {
        type: 'element',
        tagName: 'td',
        properties: node.properties ?? {},
        children: [],
      } as never);
    },
  },
});
