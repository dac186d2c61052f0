import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { referencePageSchema } from './schemas/reference-page';
import { entryIdFromPath, importedEntryId } from './lib/navigation/urls';

/**
 * Fixture builds (tests that a broken page fails the build) point this at their own folder, so
 * they reuse the real site and schema with different content.
 */
const contentDir = process.env['WPREF_CONTENT_DIR'] ?? './src/content/reference';

/**
 * The WebPlatform wiki as imported by `npm run import`, for a build of the whole corpus
 * (`npm run build:with-wiki`). Unset, the collection is empty: the default site is the curated
 * pages only.
 */
const importedDir = process.env['WPREF_IMPORTED_DIR'];

const reference_ = defineCollection({
  // The id keeps the file path's case: it is the canonical URL (`dom/Window/message`).
  loader: glob({
    pattern: '**/*.mdx',
    base: contentDir,
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: referencePageSchema({ reference }),
});

const imported = defineCollection({
  loader: importedDir
    ? glob({
        pattern: '**/*.mdx',
        base: importedDir,
        // An imported page takes its wiki path, unless a curated page has it.
        generateId: ({ entry }) =>
          importedEntryId(
            entryIdFromPath(entry),
            (id) =>
              existsSync(join(contentDir, `${id}.mdx`)) ||
              existsSync(join(contentDir, id, 'index.mdx'))
          ),
      })
    : { name: 'wp:no-wiki-import', load: async ({ store }) => store.clear() },
  schema: referencePageSchema({ reference }),
});

export const collections = { reference: reference_, imported };
