import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index from the finished site (astro:build:done), so search works
 * offline with no server. Pages mark what to index with data-pagefind-body and weights.
 * https://pagefind.app/docs/node-api/
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'wp:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${added.page_count} pages for search in ${seconds} s.`);
        await pagefind.close();
      },
    },
  };
}
