import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { referencePageSchema } from './schemas/reference-page';
import { entryIdFromPath } from './lib/urls';

/**
 * Fixture builds (tests that a broken page fails the build) point this at their own folder, so
 * they reuse the real site and schema with different content.
 */
const contentDir = process.env['WPREF_CONTENT_DIR'] ?? './src/content/reference';

const reference_ = defineCollection({
  // The id keeps the file path's case: it is the canonical URL (`dom/Window/message`).
  loader: glob({
    pattern: '**/*.mdx',
    base: contentDir,
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: referencePageSchema({ reference }),
});

export const collections = { reference: reference_ };
