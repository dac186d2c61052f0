/**
 * `npm run build:with-wiki -- <corpus folder> [--out <site folder>]`: the site with another wiki
 * corpus in place of the committed one (src/content/wiki). Imports the corpus (default:
 * WEBPLATFORM_DOCS, or ../shared/webplatform-docs beside the checkout) into `.wiki-import/`, then
 * builds the site with it into `dist-wiki/`, and prints the time of each step. Imported pages take
 * their wiki paths; a page the curated reference already has is published at
 * `<path>/wiki-original` and linked from the curated page's attribution.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { astroArgs } from './astro-command.ts';

/** What a build with the wiki import took. */
export interface WikiBuild {
  importSeconds: number;
  buildSeconds: number;
  /** Pages the build wrote, as Astro reports them. */
  pages: number;
}

/** The corpus folder: the first argument, WEBPLATFORM_DOCS, or the shared copy. */
export function corpusFolder(argument?: string): string {
  return resolve(
    argument ?? process.env['WEBPLATFORM_DOCS'] ?? resolve('..', 'shared', 'webplatform-docs')
  );
}

/**
 * Imports `corpus` into `importDir` and builds the site with it into `outDir`. Pages the importer
 * could not import are reported by it and left out; anything else that fails stops the build.
 */
export function buildWithWiki(
  corpus: string,
  importDir: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
  stdio: 'inherit' | 'pipe' = 'inherit'
): WikiBuild {
  rmSync(importDir, { recursive: true, force: true });
  let started = performance.now();
  const imported = spawnSync(
    process.execPath,
    ['scripts/import.ts', corpus, '--out', importDir, '--root', corpus],
    { stdio, encoding: 'utf8' }
  );
  // Exit 1 means some pages had errors (reported, not imported); 2 or a signal means the run failed.
  if (imported.status !== 0 && imported.status !== 1) {
    throw new Error(`The import failed (exit ${imported.status}): ${imported.stderr ?? ''}`);
  }
  const importSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const built = spawnSync(process.execPath, astroArgs('build', '--outDir', outDir), {
    stdio: 'pipe',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...extraEnv, WPREF_WIKI_DIR: importDir },
  });
  const output = `${built.stdout}\n${built.stderr}`;
  if (stdio === 'inherit') {
    // Astro lists every page it writes; print the rest (warnings, errors, the summary).
    for (const line of output.split('\n')) {
      if (!/^\S* *[├└]─ /.test(line.replace(/^\d\d:\d\d:\d\d /, ''))) console.log(line);
    }
  }
  if (built.status !== 0) {
    throw new Error(`The build with the wiki import failed (exit ${built.status}).`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN);
  return { importSeconds, buildSeconds: (performance.now() - started) / 1000, pages };
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const outIndex = argv.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? (argv[outIndex + 1] ?? 'dist-wiki') : 'dist-wiki');
  const positional = argv.filter(
    (arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--out'
  );
  const corpus = corpusFolder(positional[0]);
  if (!existsSync(corpus)) {
    console.error(
      `No wiki corpus at ${corpus}. Usage: npm run build:with-wiki -- <corpus folder> [--out <site folder>] (the site's own wiki pages are in src/content/wiki and every build has them)`
    );
    process.exit(2);
  }
  const result = buildWithWiki(corpus, resolve('.wiki-import'), outDir);
  console.log(
    `\nImport: ${result.importSeconds.toFixed(1)} s; build: ${result.buildSeconds.toFixed(1)} s for ${result.pages} pages (${((1000 * result.buildSeconds) / result.pages).toFixed(1)} ms/page). Site: ${outDir}`
  );
}
