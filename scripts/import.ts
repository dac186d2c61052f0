/**
 * `npm run import -- <file-or-dir>… --out <dir> [--root <corpus folder>]`: imports WebPlatform wiki pages as MDX pages of
 * the site's reference collection. `dom/Window/message/index.md` → `<out>/dom/Window/message.mdx`
 * (a translation `fr.md` → `message.fr.mdx`). Prints progress and a summary (pages, errors,
 * warnings by kind, links to pages not imported, time), writes every diagnostic to
 * `<out>/import-report.json`, and exits non-zero if any page failed. Runs on two worker threads.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { importWikiPage, type ImportResult } from '../src/lib/wikitext/import-page.ts';
import { formatDiagnostic } from '../src/lib/wikitext/diagnostics.ts';
import { readPackageJson } from '../src/data/packages.ts';
import type { SpecEntry } from '../src/lib/specs/spec-titles.ts';

interface Job {
  file: string;
  wikiPath: string;
  outFile: string;
}

/** Every wiki page file under the inputs, with its wiki path and output file. */
function collect(inputs: string[], out: string, root: string | undefined): Job[] {
  const jobs: Job[] = [];
  for (const input of inputs.map((i) => resolve(i))) {
    const walk = (path: string, base: string) => {
      if (statSync(path).isDirectory()) {
        for (const entry of readdirSync(path).sort()) walk(join(path, entry), base);
        return;
      }
      if (!path.endsWith('.md')) return;
      const rel = relative(base, path).split(sep).join('/');
      const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
      const file = rel.slice(rel.lastIndexOf('/') + 1);
      const wikiPath = folder || file.replace(/\.md$/, '');
      const suffix = file === 'index.md' ? '' : `.${file.replace(/\.md$/, '')}`;
      // A wiki page named "index" (RegExp's index property) goes in a folder of its own: the
      // site reads `x/index.mdx` as the page `x`.
      const outName = wikiPath.endsWith('/index') ? `${wikiPath}/index` : wikiPath;
      jobs.push({
        file: path,
        wikiPath,
        outFile: join(out, `${outName}${folder ? suffix : ''}.mdx`),
      });
    };
    // Wiki paths are relative to the corpus root: --root, or else the input folder itself.
    walk(input, root ?? (statSync(input).isDirectory() ? input : dirname(dirname(input))));
  }
  return jobs;
}

if (!isMainThread) {
  const { jobs } = workerData as { jobs: Job[] };
  const options = { knownSpecs: readPackageJson<SpecEntry[]>('web-specs', 'index.json') };
  for (const job of jobs) {
    let result: ImportResult;
    try {
      result = importWikiPage(readFileSync(job.file, 'utf8'), job.wikiPath, options);
    } catch (error) {
      result = {
        mdx: undefined,
        frontmatter: undefined,
        warnings: [],
        links: [],
        errors: [
          { kind: 'crash', message: (error as Error).stack ?? String(error), line: undefined },
        ],
      };
    }
    parentPort?.postMessage({ job, result });
  }
} else {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? { index, value: argv[index + 1] } : undefined;
  };
  const outOption = option('--out');
  const rootOption = option('--root');
  const out = outOption?.value;
  const root = rootOption?.value ? resolve(rootOption.value) : undefined;
  const skip = new Set([
    outOption?.index,
    outOption && outOption.index + 1,
    rootOption?.index,
    rootOption && rootOption.index + 1,
  ]);
  const inputs = argv.filter((_, i) => !skip.has(i));
  if (!out || inputs.length === 0) {
    console.error('usage: npm run import -- <file-or-dir>… --out <dir> [--root <corpus folder>]');
    process.exit(2);
  }
  const started = performance.now();
  const jobs = collect(inputs, resolve(out), root);
  const known = new Set(jobs.map((job) => job.wikiPath));
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  const results: { job: Job; result: ImportResult }[] = [];
  let done = 0;
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const slice = jobs.filter((_, i) => i % threads === t);
      return new Promise<void>((finish, fail) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { jobs: slice } });
        worker.on('message', (message: { job: Job; result: ImportResult }) => {
          results.push(message);
          if (message.result.mdx) {
            mkdirSync(dirname(message.job.outFile), { recursive: true });
            writeFileSync(message.job.outFile, message.result.mdx);
          }
          done++;
          if (done % 250 === 0 || done === jobs.length)
            process.stdout.write(`\r  ${done}/${jobs.length} pages`);
        });
        worker.on('error', fail);
        worker.on('exit', () => finish());
      });
    })
  );
  process.stdout.write('\n');

  const failed = results.filter((r) => r.result.errors.length > 0);
  const crashed = failed.filter((r) => r.result.errors.some((e) => e.kind === 'crash'));
  const byKind = new Map<string, number>();
  for (const { result } of results)
    for (const w of result.warnings) byKind.set(w.kind, (byKind.get(w.kind) ?? 0) + 1);
  const missing = new Map<string, number>();
  for (const { result } of results)
    for (const link of result.links)
      if (!known.has(link)) missing.set(link, (missing.get(link) ?? 0) + 1);
  const report = results.map(({ job, result }) => ({
    file: job.file,
    errors: result.errors.map((d) => formatDiagnostic(job.file, d)),
    warnings: result.warnings.map((d) => formatDiagnostic(job.file, d)),
    linksToPagesNotImported: result.links.filter((l) => !known.has(l)),
  }));
  writeFileSync(join(resolve(out), 'import-report.json'), JSON.stringify(report, null, 2));

  for (const { job, result } of failed.slice(0, 20))
    for (const e of result.errors)
      console.log(`  error: ${formatDiagnostic(job.file, e).split('\n')[0]}`);
  console.log(
    `Pages: ${results.length}; imported: ${results.length - failed.length}; with errors: ${failed.length} (${((100 * failed.length) / Math.max(1, results.length)).toFixed(2)} %); crashes: ${crashed.length}`
  );
  console.log(
    `Warnings: ${
      [...byKind]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`
  );
  console.log(
    `Links to pages not imported: ${[...missing.values()].reduce((a, b) => a + b, 0)} (to ${missing.size} distinct paths)`
  );
  console.log(
    `Time: ${((performance.now() - started) / 1000).toFixed(1)} s on ${threads} threads. Report: ${join(out, 'import-report.json')}`
  );
  process.exitCode = failed.length > 0 ? 1 : 0;
}
