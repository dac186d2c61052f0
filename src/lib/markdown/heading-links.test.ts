import { describe, expect, test } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { defineHastPlugin } from 'satteri';
import { headingLinksPlugin } from './heading-links';

/** A plugin that gives the first h2 an id of its own, as an author's `id` would. */
const customId = defineHastPlugin({
  name: 'custom-id',
  element: {
    filter: ['h2'],
    visit(heading, ctx) {
      if (ctx.indexOf(heading) === 0) ctx.setProperty(heading, 'id', 'custom');
    },
  },
});

/** Astro's own Markdown processor with this plugin, as astro.config.mjs sets it up. */
async function render(
  markdown: string,
  frontmatter: Record<string, unknown> = {},
  first: ReturnType<typeof defineHastPlugin>[] = []
) {
  const processor = await createSatteriMarkdownProcessor({
    hastPlugins: [...first, headingLinksPlugin],
    syntaxHighlight: false,
  });
  const result = await processor.render(markdown, { frontmatter } as never);
  return { html: result.code, headings: result.metadata.headings };
}

describe('headingLinksPlugin', () => {
  test('an h2 and an h3 each get a link to themselves beside them, named by their text', async () => {
    const { html } = await render("## Don't trust `a&b`\n\ntext\n\n### Syntax\n");
    expect(html).toContain(
      '<div class="wp-heading wp-heading-2"><h2 id="dont-trust-ab">Don’t trust <code>a&amp;b</code></h2>' +
        '<a class="wp-heading-link" href="#dont-trust-ab" data-pagefind-ignore>' +
        // The name is text: "a&b" is escaped once.
        '<span class="wp-visually-hidden">Link to the section “Don’t trust a&amp;b”</span>' +
        '<span aria-hidden="true">#</span></a></div>'
    );
    expect(html).toContain('<div class="wp-heading wp-heading-3"><h3 id="syntax">Syntax</h3>');
  });

  test('the ids are the ones Astro lists for the contents, repeated titles numbered', async () => {
    const { html, headings } = await render('## Syntax\n\n#### Syntax\n\n## Syntax\n\n### Notes\n');
    expect(headings.map((heading: { slug: string }) => heading.slug)).toEqual([
      'syntax',
      'syntax-1',
      'syntax-2',
      'notes',
    ]);
    for (const id of ['syntax', 'syntax-1', 'syntax-2', 'notes'])
      expect(html.match(new RegExp(`id="${id}"`, 'g'))).toHaveLength(1);
    // Only h2 and h3 get a link; an h4 keeps its id alone.
    expect(html).toContain('<h4 id="syntax-1">Syntax</h4>');
    expect(html.match(/class="wp-heading-link"/g)).toHaveLength(3);
  });

  test('a heading with its own id keeps it, and its link points there', async () => {
    const { html, headings } = await render('## Custom\n\n## Custom\n', {}, [customId]);
    expect(html).toContain('<h2 id="custom">Custom</h2><a class="wp-heading-link" href="#custom"');
    // The slugger does not count an author's id, as Astro's does not (the layout then refuses
    // the page for its repeated id: assertUniqueSlugs).
    expect(headings.map((heading: { slug: string }) => heading.slug)).toEqual(['custom', 'custom']);
  });

  test('an h1 or a heading with no text gets no link', async () => {
    const { html } = await render('# Title\n\n##\n');
    expect(html).toContain('<h1 id="title">Title</h1>');
    expect(html).not.toContain('wp-heading-link');
  });
});
