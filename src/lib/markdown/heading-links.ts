/**
 * Every h2 and h3 of a page's Markdown gets a link to itself beside it, so a reader can copy a
 * link to any section: `<div class="wp-heading wp-heading-2"><h2 id>…</h2><a href="#id">…</a>`.
 * The link sits beside the heading, not in it, so the heading's accessible name stays its text.
 *
 * Done when the Markdown compiles, not when a page renders: the markup is then part of each
 * page's cached HTML, and MDX compiles headings into its static HTML instead of rendering a
 * component per heading on every build.
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { satteriCollectHastText } from '@astrojs/markdown-satteri';
import type { HastNode } from './table-scroll';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const LINKED = new Set(['h2', 'h3']);

/** The markup beside a heading: a link to it, named by the heading's text for screen readers. */
export function headingLink(level: 2 | 3, id: string, text: string): HastNode {
  const span = (properties: Record<string, unknown>, value: string): HastNode => ({
    type: 'element',
    tagName: 'span',
    properties,
    children: [{ type: 'text', value }],
  });
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['wp-heading', `wp-heading-${level}`] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['wp-heading-link'], href: `#${id}`, dataPagefindIgnore: true },
        children: [
          span({ className: ['wp-visually-hidden'] }, `Link to the section “${text}”`),
          span({ ariaHidden: 'true' }, '#'),
        ],
      },
    ],
  };
}

/**
 * The Sätteri hast plugin (Markdown and MDX alike) that wraps each h2 and h3 with its link.
 * Astro gives headings their ids after every user plugin and keeps an id a heading has, so this
 * plugin gives every heading (h1–h6, in order) the id Astro would: the same slugger, over the
 * same text (Astro's own function, which reads `frontmatter.*` expressions in MDX headings).
 * Headings then keep one set of ids, and the page's contents list (Astro's `headings`) matches.
 */
export const headingLinksPlugin = defineHastPlugin({
  name: 'wp-heading-links',
  before: (_root, ctx) => {
    ctx.data['wpSlugger'] = new GithubSlugger();
  },
  element: {
    filter: HEADINGS,
    visit(heading, ctx) {
      const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
      const raw = ctx.textContent(heading);
      const text = raw.includes('frontmatter')
        ? satteriCollectHastText(heading as never, astro?.frontmatter ?? {})
        : raw;
      const existing = heading.properties?.['id'];
      const id =
        typeof existing === 'string'
          ? existing
          : (ctx.data['wpSlugger'] as GithubSlugger).slug(text);
      if (typeof existing !== 'string') ctx.setProperty(heading, 'id', id);
      if (!LINKED.has(heading.tagName) || id === '') return;
      const level = heading.tagName === 'h2' ? 2 : 3;
      ctx.wrapNode(heading, headingLink(level, id, text.replace(/\s+/g, ' ').trim()) as never);
    },
  },
});
