import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders whose code renders Markdown and MDX: highlighting, hast plugins, markup checks. */
const PIPELINE_FOLDERS = ['src/lib/code', 'src/lib/markdown', 'src/lib/pages'];

/**
 * A Shiki transformer that does nothing and whose name carries a digest of the Markdown
 * pipeline's source. Astro keeps rendered Markdown in its content cache and clears the cache
 * when the serializable part of the config changes, which leaves out every function: without
 * this, a change to a transformer or a hast plugin kept serving pages rendered before it (a local
 * `npm test` passed where a clean checkout failed). A transformer's name is part of the config.
 */
export function markdownCacheKey(root = '.'): { name: string } {
  const hash = createHash('sha256');
  for (const folder of PIPELINE_FOLDERS) {
    const files = readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort();
    for (const file of files) hash.update(file).update(readFileSync(join(root, folder, file)));
  }
  return { name: `wp:markdown-pipeline ${hash.digest('hex').slice(0, 16)}` };
}
