import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { referencePageSchema } from './schemas/reference-page';
import { entryIdFromPath } from './lib/navigation/urls';
import { referenceDir, wikiDir } from './data/content-dirs';

const reference_ = defineCollection({
  // The id keeps the file path's case: it is the canonical URL (`dom/Window/message`).
  loader: glob({
    pattern: '**/*.mdx',
    base: referenceDir,
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: referencePageSchema({ reference }),
});

const wiki = defineCollection({
  loader: wikiDir
    ? glob({
        // Imported pages are Markdown, never MDX: nothing in them can run (src/lib/wikitext/).
        pattern: '**/*.md',
        base: wikiDir,
        generateId: ({ entry }) => entryIdFromPath(entry),
        // Markdown is rendered when its page is: the dev server is ready without rendering
        // 4,000 pages first. A build renders them as content (cached between builds).
        deferRender: import.meta.env.DEV,
        // The rendered HTML is kept; the Markdown source is not needed after rendering, and
        // keeping it would double the content module every page loads.
        retainBody: false,
      })
    : { name: 'wp:no-wiki', load: async ({ store }) => store.clear() },
  schema: referencePageSchema({ reference }),
});

export const collections = { reference: reference_, wiki };
