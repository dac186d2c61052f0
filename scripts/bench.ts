/**
 * `npm run bench`: builds the site, measures it, prints every figure and exits non-zero when a
 * budget is exceeded. Figures: build time (and per-page cost as the site grows with synthetic
 * pages), the flagship page's first-load weight (HTML + CSS, gzip), the JavaScript it fetches
 * during load and idle time (in Chromium), and how that weight grows with 1,000 extra pages.
 * Then the site with the whole WebPlatform wiki imported (npm run build:with-wiki): import and
 * build times. Times vary between runs on a shared 2-core machine: compare figures within one run.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { exceeded, growth, marginalMsPerPage, syntheticPages, type Budget } from './bench-model.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { buildWithWiki, corpusFolder } from './build-with-wiki.ts';

const FLAGSHIP = '/dom/Window/message';
const CONTENT = resolve('src/content/reference');
const scratch = mkdtempSync(join(tmpdir(), 'wpref-bench-'));
const kb = (bytes: number) => bytes / 1024;
/** A figure with its unit, if it has one. */
const withUnit = (value: string, unit: string) => (unit ? `${value} ${unit}` : value);

/** Builds the site (optionally with other content) into `outDir`; returns the wall time in ms. */
function build(outDir: string, contentDir?: string, siteUrl?: string): number {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      env: {
        ...process.env,
        ...(contentDir
          ? { WPREF_CONTENT_DIR: contentDir, WPREF_CACHE_DIR: join(outDir, '..', 'cache') }
          : {}),
        // Built as deployed: with its origin, so canonical URLs are absolute.
        ...(siteUrl ? { SITE_URL: siteUrl } : {}),
      },
      encoding: 'utf8',
      // A large build prints a lot; the default 1 MiB buffer would cut it off and fail the run.
      maxBuffer: 512 * 1024 * 1024,
    }
  );
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.split('\n').slice(-40).join('\n');
    throw new Error(
      `build failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`
    );
  }
  return performance.now() - started;
}

/** The content folder with `extra` synthetic pages added to the real ones. */
function contentWith(extra: number): string {
  const folder = join(scratch, `content-${extra}`);
  cpSync(CONTENT, folder, { recursive: true });
  for (const page of syntheticPages(extra)) {
    const file = join(folder, page.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page.mdx);
  }
  return folder;
}

/** HTML + stylesheets of a built page, raw and gzip, read from the output folder. */
function pageWeight(outDir: string, path: string): { html: number; css: number; gzip: number } {
  const html = readFileSync(join(outDir, `${path}.html`));
  const sheets = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
    readFileSync(join(outDir, m[1] ?? ''))
  );
  const css = sheets.reduce((sum, sheet) => sum + sheet.length, 0);
  const gzip = [html, ...sheets].reduce((sum, file) => sum + gzipSync(file).length, 0);
  return { html: html.length, css, gzip };
}

/** Serves a built site on a free loopback port, resolving extensionless URLs to .html. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.wasm': 'application/wasm',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const candidates = [
      join(root, path),
      join(root, `${path}.html`),
      join(root, path, 'index.html'),
    ];
    const file = candidates.find(
      (c) => c.startsWith(root) && existsSync(c) && statSync(c).isFile()
    );
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    })
  );
}

/** Bytes of each resource type Chromium fetches while loading the page and 3 s of idle time. */
async function fetchedDuringLoad(origin: string): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const bytes: Record<string, number> = {};
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes[type] = (bytes[type] ?? 0) + body.length;
    });
    await page.goto(`${origin}${FLAGSHIP}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(3000);
    return bytes;
  } finally {
    await browser.close();
  }
}

/**
 * Lighthouse scores (0–100) of the flagship page on its default mobile settings, and the
 * layout shift it measured during load.
 */
async function lighthouseScores(
  origin: string
): Promise<{ scores: Record<string, number>; layoutShift: number }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(`${origin}${FLAGSHIP}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    // Name what cost points, so a score below 100 says what to fix.
    for (const category of Object.values(lhr?.categories ?? {})) {
      for (const ref of category.auditRefs) {
        const audit = lhr?.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  Lighthouse ${category.id}: ${audit.id} (${audit.title})`);
        }
      }
    }
    const categories = lhr?.categories ?? {};
    const scores = Object.fromEntries(
      Object.entries(categories).map(([id, category]) => [
        id,
        Math.round((category.score ?? 0) * 100),
      ])
    );
    const layoutShift = lhr?.audits['cumulative-layout-shift']?.numericValue;
    if (layoutShift === undefined)
      throw new Error('Lighthouse reported no cumulative-layout-shift');
    return { scores, layoutShift };
  } finally {
    chrome.kill();
  }
}

try {
  console.log('Building the site (2 runs)…');
  const siteDir = join(scratch, 'site');
  // The server reads files on request, so it can start first and give the build its origin.
  const { server, origin } = await serve(siteDir);
  const buildTimes = [build(siteDir, undefined, origin), build(siteDir, undefined, origin)];
  const small = pageWeight(siteDir, FLAGSHIP);

  const fetched = await fetchedDuringLoad(origin);
  console.log('Running Lighthouse on the flagship page (mobile)…');
  const { scores, layoutShift } = await lighthouseScores(origin).finally(() => server.close());

  console.log('Building with 100 and 1,000 synthetic pages…');
  const runs = [100, 1000].map((extra) => {
    const outDir = join(scratch, `site-${extra}`, 'dist');
    const ms = build(outDir, contentWith(extra), origin);
    return { extra, ms, weight: pageWeight(outDir, FLAGSHIP) };
  });
  const [run100, run1000] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const marginal = marginalMsPerPage(
    { pages: 100, ms: run100.ms },
    { pages: 1000, ms: run1000.ms }
  );
  const weightGrowth = growth(small.gzip, run1000.weight.gzip);

  const corpus = corpusFolder();
  if (!existsSync(corpus)) {
    throw new Error(
      `The WebPlatform wiki corpus is not at ${corpus}: set WEBPLATFORM_DOCS to its folder (the bench measures a build with it).`
    );
  }
  console.log(`Importing the wiki (${corpus}) and building the site with it…`);
  const wiki = buildWithWiki(
    corpus,
    join(scratch, 'wiki-import'),
    join(scratch, 'site-wiki', 'dist'),
    { WPREF_CACHE_DIR: join(scratch, 'site-wiki', 'cache') },
    'pipe'
  );

  console.log('\nFigures');
  console.log(
    `  build, real site:            ${buildTimes.map((t) => `${(t / 1000).toFixed(1)} s`).join(', ')}`
  );
  for (const run of runs)
    console.log(
      `  build, +${String(run.extra).padEnd(5)} pages:        ${(run.ms / 1000).toFixed(1)} s (${(run.ms / (run.extra + 8)).toFixed(1)} ms/page overall)`
    );
  console.log(
    `  marginal build cost:         ${marginal.toFixed(1)} ms/page (100 → 1,000 extra pages)`
  );
  console.log(
    `  wiki import:                 ${wiki.importSeconds.toFixed(1)} s (4,441 wiki pages, 2 threads)`
  );
  console.log(
    `  build with the wiki:         ${wiki.buildSeconds.toFixed(1)} s for ${wiki.pages} pages (${((1000 * wiki.buildSeconds) / wiki.pages).toFixed(1)} ms/page overall)`
  );
  console.log(
    `  flagship HTML:               ${kb(small.html).toFixed(1)} KB raw; CSS ${kb(small.css).toFixed(1)} KB raw`
  );
  console.log(
    `  flagship HTML + CSS, gzip:   ${kb(small.gzip).toFixed(1)} KB (with 1,000 extra pages: ${kb(run1000.weight.gzip).toFixed(1)} KB, ${(weightGrowth * 100).toFixed(1)} %)`
  );
  console.log(
    `  Lighthouse (mobile):         ${Object.entries(scores)
      .map(([id, score]) => `${id} ${score}`)
      .join(', ')}`
  );
  console.log(`  layout shift during load:    ${layoutShift.toFixed(4)} (Lighthouse CLS)`);
  console.log(
    `  fetched during load + idle:  ${Object.entries(fetched)
      .map(([type, n]) => `${type} ${kb(n).toFixed(1)} KB`)
      .join(', ')}`
  );

  const budgets: Budget[] = [
    { name: 'flagship first load, HTML + CSS gzip', value: kb(small.gzip), limit: 20, unit: 'KB' },
    {
      name: 'JavaScript fetched during load and idle',
      value: kb(fetched['script'] ?? 0),
      limit: 0,
      unit: 'KB',
    },
    {
      name: 'flagship weight growth with 1,000 extra pages',
      value: weightGrowth * 100,
      limit: 10,
      unit: '%',
    },
    // Scrolling and demo start-up are checked for shift in e2e/layout-shift.spec.ts.
    {
      name: 'layout shift during load (CLS)',
      value: layoutShift,
      limit: 0,
      unit: '',
      digits: 4,
    },
    { name: 'marginal build cost at 1,000 pages', value: marginal, limit: 20, unit: 'ms/page' },
    // The issue's target for the importer; the corpus build's budget guards against regressions
    // (about twice today's time on this machine).
    { name: 'wiki import, whole corpus', value: wiki.importSeconds, limit: 60, unit: 's' },
    { name: 'build with the whole wiki', value: wiki.buildSeconds, limit: 240, unit: 's' },
    // Lighthouse budgets: 100 in each category; the figure checked is the shortfall from 100.
    ...['performance', 'accessibility', 'best-practices', 'seo'].map((id) => ({
      name: `Lighthouse ${id} shortfall from 100`,
      value: 100 - (scores[id] ?? 0),
      limit: 0,
      unit: 'points',
    })),
  ];
  console.log('\nBudgets');
  for (const budget of budgets) {
    const ok = !exceeded([budget]).length;
    console.log(
      `  ${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${withUnit(budget.value.toFixed(budget.digits ?? 1), budget.unit)} (budget ${withUnit(String(budget.limit), budget.unit)})`
    );
  }
  const over = exceeded(budgets);
  console.log(
    over.length === 0 ? '\nEvery budget is met.' : `\n${over.length} budget(s) exceeded.`
  );
  process.exitCode = over.length === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
