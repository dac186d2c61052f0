import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { astroArgs } from '../scripts/astro-command';

/**
 * The environment without the variables Vite puts into the test process (SITE, BASE_URL,
 * MODE…), which a child build would otherwise read as its own settings.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'SITE',
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'ASSETS_PREFIX',
    'NODE_ENV',
  ])
    delete env[name];
  // Vitest's variables (VITEST, VITEST_POOL_ID…) and NODE_ENV=test are the test runner's, not the
  // child's: with them a child dev server never answered.
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/**
 * Builds the real site into `outDir` — with another content folder (WPREF_CONTENT_DIR) and other
 * settings when asked — and returns the exit status and everything the build printed.
 */
export function buildSite(
  outDir: string,
  env: Record<string, string> = {}
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, astroArgs('build', '--outDir', join(outDir, 'dist')), {
    env: {
      ...inheritedEnv(),
      WPREF_CACHE_DIR: join(outDir, 'cache'),
      // Fixture builds are about the curated pages: without the wiki unless a test asks.
      WPREF_WIKI_DIR: '',
      // The default layout (one folder per page), whatever the shell has set.
      DEPLOY_TARGET: 'static',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
