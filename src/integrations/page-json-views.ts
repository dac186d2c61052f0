import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageJsonViews } from '../data/page-json-views.ts';
import { pageJsonFile } from '../lib/navigation/deploy-target.ts';

/** The route whose pages record a JSON view each (src/pages/[...slug].astro). */
const PAGE_ROUTE = '/[...slug]';

/**
 * Writes each page's JSON view beside it once the pages are built (astro:build:done), from the
 * text each page recorded as it rendered (src/data/page-json-views.ts). Fails the build when the
 * views and the pages built do not match one for one, rather than publish pages whose `.json`
 * link leads nowhere.
 */
export function pageJsonViewsIntegration(): AstroIntegration {
  return {
    name: 'wp:page-json',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const views = pageJsonViews();
        const built = assets.get(PAGE_ROUTE)?.length ?? 0;
        if (views.size !== built)
          throw new Error(
            `page JSON: ${built} page(s) built by ${PAGE_ROUTE} but ${views.size} JSON view(s) recorded; pages must render in the build's own process (src/data/page-json-views.ts)`
          );
        for (const [url, text] of views) {
          const file = join(out, pageJsonFile(url));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        views.clear();
        logger.info(
          `${built} page JSON views written in ${Math.round(performance.now() - started)} ms.`
        );
      },
    },
  };
}
