import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCspHashes } from '../lib/security/csp-hashes.ts';

/**
 * Rewrites every built page's CSP <meta> (astro:build:done) to allow only the inline scripts
 * and styles that page holds (src/lib/security/csp-hashes.ts): Astro lists hashes for island
 * scripts the site never renders.
 */
export function cspTrimIntegration(): AstroIntegration {
  return {
    name: 'wp:csp-trim',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { recursive: true, withFileTypes: true });
        const pages = entries
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        let changed = 0;
        // A batch at a time: thousands of pages at once would hold as many files open.
        for (let start = 0; start < pages.length; start += 64) {
          await Promise.all(
            pages.slice(start, start + 64).map(async (file) => {
              const html = await readFile(file, 'utf8');
              const trimmed = trimCspHashes(html);
              if (trimmed === html) return;
              changed++;
              await writeFile(file, trimmed);
            })
          );
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`Trimmed the CSP hashes of ${changed} of ${pages.length} pages in ${ms} ms.`);
      },
    },
  };
}
