import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { DEMO_FRAMES } from '../lib/messaging/demo-frames.ts';
import { formatHeadersFile, siteHeaderRules } from '../lib/security/headers.ts';

/**
 * Writes `_headers` into the build output (astro:build:done) for hosts that read it: the
 * headers a <meta> cannot give (src/lib/security/headers.ts). Plain hosts ignore the file.
 */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'wp:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const rules = siteHeaderRules(Object.values(DEMO_FRAMES));
        await writeFile(new URL('_headers', dir), formatHeadersFile(rules));
        logger.info(`Wrote _headers (${rules.length} rules).`);
      },
    },
  };
}
