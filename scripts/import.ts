/**
 * `npm run import -- <file-or-dir>… --out <dir> [--root <corpus folder>] [--page-timeout <s>]`:
 * imports WebPlatform wiki pages as Markdown pages of the site. `dom/Window/message/index.md` →
 * `<out>/dom/Window/message.md` (a translation `ja.md` → `message.ja.md`). Prints progress and a
 * summary (pages, errors, warnings by kind, unknown templates and parameters, links to missing
 * pages, time), writes every diagnostic to `<out>/import-report.json` (and, with `--summary`, the
 * totals as Markdown: docs/import-report.md), and exits 1 if any page failed (2 on a usage error).
 *
 * Pages are imported on worker threads, one page at a time each: a page that takes longer than
 * the timeout (default 60 s) or exhausts its thread's memory fails alone, reported, and the
 * thread is replaced. Links resolve against every page being imported and the curated reference
 * (src/content/reference); a link to a page that failed is made text in a second pass.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import yaml from 'js-yaml';
import { importWikiPage, type ImportResult } from '../src/lib/wikitext/import-page.ts';
import { formatDiagnostic } from '../src/lib/wikitext/diagnostics.ts';
import { candidateTitles, PageIndex, type SitePage } from '../src/lib/wikitext/links.ts';
import { pageOfFile } from '../src/lib/wikitext/page-files.ts';
import { buildSiteIndex, pageKey, type IndexablePage } from '../src/lib/navigation/site-index.ts';
import { entryIdFromPath } from '../src/lib/navigation/urls.ts';
import { readPackageJson } from '../src/data/packages.ts';
import type { SpecEntry } from '../src/lib/specs/spec-titles.ts';
import { summarizeImport, summaryLines, summaryMarkdown } from './import-summary.ts';
import { importWorkerLimits } from './import-limits.ts';

/** One page to import. */
interface Job {
  /** The corpus file. */
  file: string;
  wikiPath: string;
  lang: string | undefined;
  /** The title wiki links use for it (a translation's is `<path>/<lang>`). */
  linkTitle: string;
  /** The output file, absolute; inside the output folder. */
  outFile: string;
  /** The content entry id the site gives the output file (its path without `.md`). */
  entryId: string;
  /** Its URL path on the site, without the leading `/`. */
  id: string;
}

/** What the main thread tells a worker. */
interface WorkerSetup {
  pages: SitePage[];
  curated: string[];
  /** Ids of pages that failed: links to them become text. */
  excluded: string[];
}

/** A page's outcome. */
export interface PageOutcome {
  file: string;
  output: string | undefined;
  result: ImportResult;
}

const USAGE =
  'usage: npm run import -- <file-or-dir>… --out <dir> [--root <corpus folder>] [--page-timeout <seconds>] [--summary <file.md>]';
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Each thread's heap: a 2 MiB page (the largest taken) needs under 1 GB; more is a runaway.
 * WPREF_IMPORT_HEAP_MB sets another (the tests make a page run out of memory).
 */
const WORKER_LIMITS = importWorkerLimits();
const WORKER_HEAP_MB = WORKER_LIMITS.maxOldGenerationSizeMb;

const failed = (kind: string, message: string): ImportResult => ({
  markdown: undefined,
  frontmatter: undefined,
  warnings: [],
  errors: [{ kind, message, line: undefined }],
  links: [],
});

if (!isMainThread) {
  const setup = workerData as WorkerSetup;
  const excluded = new Set(setup.excluded);
  const options = {
    knownSpecs: readPackageJson<SpecEntry[]>('web-specs', 'index.json'),
    pages: new PageIndex(
      setup.pages.filter((page) => !excluded.has(page.id)),
      setup.curated
    ),
  };
  // Loading the parser's configuration and compiling its code take seconds on a busy machine:
  // done before the thread says it is ready, so that no page's timeout pays for them.
  importWikiPage(
    '{{Summary_Section|A page that warms the importer up.}}',
    { wikiPath: 'warm/up' },
    options
  );
  parentPort?.postMessage('ready');
  parentPort?.on('message', (job: Job) => {
    let result: ImportResult;
    try {
      result = importWikiPage(
        readFileSync(job.file, 'utf8'),
        { wikiPath: job.wikiPath, lang: job.lang },
        options
      );
    } catch (error) {
      result = failed('crash', (error as Error).stack ?? String(error));
    }
    parentPort?.postMessage(result);
  });
} else {
  await main(process.argv.slice(2));
}

/** Every file under the inputs: page files, and the rest (reported, not imported). */
function walk(
  inputs: string[],
  onFile: (file: string) => void,
  onSkipped: (file: string, why: string) => void
) {
  const visit = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) onSkipped(path, 'a symbolic link, not followed');
    else if (stat.isDirectory())
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    else if (path.endsWith('.md')) onFile(path);
    else onSkipped(path, 'not a .md page file');
  };
  for (const input of inputs) visit(input);
}

/**
 * The curated reference's pages (src/content/reference, or WPREF_CONTENT_DIR as the site reads
 * it), with the aliases their frontmatter claims: the URLs imported pages yield.
 */
function curatedPages(): IndexablePage[] {
  const folder = resolve(REPO, process.env['WPREF_CONTENT_DIR'] ?? 'src/content/reference');
  const pages: IndexablePage[] = [];
  const visit = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.mdx?$/.test(entry.name)) {
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(full, 'utf8'))?.[1] ?? '';
        const data = (yaml.load(frontmatter) ?? {}) as { aliases?: unknown };
        const id = entryIdFromPath(relative(folder, full).split(sep).join('/'));
        pages.push({
          id,
          filePath: full,
          title: id,
          kind: 'overview',
          aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
          imported: false,
        });
      }
    }
  };
  if (existsSync(folder)) visit(folder);
  return pages;
}

/**
 * Where each redirect page leads: the job of the imported page its target title names, or a
 * curated page. A redirect to no page (or to another redirect, which MediaWiki does not follow
 * either) gets an error: the page fails, reported.
 */
function redirectTargets(
  jobs: readonly Job[],
  results: ReadonlyMap<Job, ImportResult>,
  index: PageIndex
): Map<Job, { job?: Job; curated?: string }> {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const targets = new Map<Job, { job?: Job; curated?: string }>();
  for (const job of jobs) {
    const result = results.get(job);
    if (!result?.redirect) continue;
    const found = index.resolve(candidateTitles(result.redirect, job.linkTitle));
    const target = found ? byId.get(found.id) : undefined;
    if (target && target !== job && results.get(target)?.markdown)
      targets.set(job, { job: target });
    else if (found && !target) targets.set(job, { curated: found.id });
    else
      result.errors.push({
        kind: 'redirect-target',
        message: `the redirect leads to ${result.redirect}, which is no page of the site${target ? ' (a redirect or a page that failed)' : ''}`,
        line: 1,
      });
  }
  return targets;
}

/** A page's Markdown with more URLs in its frontmatter's `aliases` (JSON frontmatter). */
export function withAliases(markdown: string, aliases: readonly string[]): string {
  const end = markdown.indexOf('\n---\n', 4);
  const data = JSON.parse(markdown.slice(4, end)) as { aliases?: string[] };
  data.aliases = [...new Set([...(data.aliases ?? []), ...aliases])].sort();
  return `---\n${JSON.stringify(data, null, 2)}\n---${markdown.slice(end + 4)}`;
}

/**
 * Runs jobs on worker threads, one page at a time per thread. A page that exceeds the timeout
 * or crashes its thread gets an error; the thread is replaced and the run goes on.
 */
async function runJobs(
  jobs: readonly Job[],
  setup: WorkerSetup,
  timeoutMs: number,
  onDone: (job: Job, result: ImportResult) => void
): Promise<void> {
  let next = 0;
  const threads = Math.max(1, Math.min(availableParallelism(), 4, jobs.length));
  const runThread = () =>
    new Promise<void>((finish) => {
      let current: Job | undefined;
      let timer: NodeJS.Timeout | undefined;
      let worker: Worker | undefined;
      let ready = false;
      const start = () => {
        const self = new Worker(new URL(import.meta.url), {
          workerData: setup,
          resourceLimits: WORKER_LIMITS,
        });
        worker = self;
        ready = false;
        // Events of a thread already replaced (its late answer, its exit) are no longer news.
        self.on('message', (message: ImportResult | 'ready') => {
          if (self !== worker) return;
          if (message === 'ready') {
            ready = true;
            feed();
          } else settle(message);
        });
        self.on('error', (error: Error & { code?: string }) => {
          if (self !== worker) return;
          const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
          lost(
            oom ? 'out-of-memory' : 'crash',
            oom
              ? `importing the page exhausted its thread's ${WORKER_HEAP_MB} MB of memory`
              : (error.stack ?? String(error))
          );
        });
        self.on('exit', () => {
          if (self === worker) lost('crash', 'the worker thread exited during the page');
        });
      };
      /** The thread died: its page fails and a new thread takes over; one that dies before it is ready ends this lane (its pages are reported as never imported). */
      const lost = (kind: string, message: string) => {
        if (!ready) {
          worker = undefined;
          console.error(`  a worker thread failed to start: ${message.split('\n')[0]}`);
          finish();
          return;
        }
        if (current) settle(failed(kind, message), true);
      };
      const feed = () => {
        if (next >= jobs.length) {
          const done = worker;
          worker = undefined;
          void done?.terminate().then(() => finish());
          return;
        }
        current = jobs[next++] as Job;
        timer = setTimeout(() => {
          settle(
            failed(
              'timeout',
              `importing the page took longer than ${timeoutMs / 1000} s; stopped (--page-timeout)`
            ),
            true
          );
        }, timeoutMs);
        worker?.postMessage(current);
      };
      const settle = (result: ImportResult, replace = false) => {
        const job = current;
        if (!job) return;
        current = undefined;
        clearTimeout(timer);
        onDone(job, result);
        if (replace) {
          void worker?.terminate();
          // The new thread asks for the next page when it is ready.
          start();
        } else feed();
      };
      start();
    });
  await Promise.all(Array.from({ length: threads }, runThread));
}

async function main(argv: string[]): Promise<void> {
  const options = new Map<string, string | undefined>();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) options.set(arg, argv[++i]);
    else inputs.push(resolve(arg));
  }
  const usage = (problem: string) => {
    console.error(`${problem}\n${USAGE}`);
    process.exit(2);
  };
  const unknown = [...options.keys()].filter(
    (key) => !['--out', '--root', '--page-timeout', '--summary'].includes(key)
  );
  if (unknown.length > 0) usage(`unknown option ${unknown.join(', ')}`);
  const outOption = options.get('--out');
  if (!outOption || inputs.length === 0) usage('an input and --out are needed');
  const out = resolve(outOption as string);
  const timeoutSeconds = Number(options.get('--page-timeout') ?? 60);
  if (!(timeoutSeconds > 0)) usage('--page-timeout takes a number of seconds');
  for (const input of inputs) if (!existsSync(input)) usage(`${input} does not exist`);
  const rootOption = options.get('--root');
  // Wiki paths are relative to the corpus root: --root, or else the (first) input folder itself.
  const root = rootOption
    ? resolve(rootOption)
    : lstatSync(inputs[0] as string).isDirectory()
      ? (inputs[0] as string)
      : dirname(dirname(inputs[0] as string));
  for (const input of inputs) {
    const rel = relative(root, input);
    if (rel.startsWith('..') || isAbsolute(rel))
      usage(`${input} is not inside the corpus root ${root} (--root)`);
  }

  const started = performance.now();
  const curated = curatedPages();
  const outcomes: PageOutcome[] = [];
  const skipped: { file: string; why: string }[] = [];
  const jobs: Job[] = [];
  const claimed = new Map<string, string>();
  const renamed = new Map<string, string>();
  walk(
    inputs,
    (file) => {
      const rel = relative(root, file).split(sep).join('/');
      const page = pageOfFile(rel);
      const outFile = page ? resolve(out, page.output) : undefined;
      // Never outside --out, whatever the corpus holds.
      if (!page || !outFile || !outFile.startsWith(out + sep)) {
        outcomes.push({
          file,
          output: undefined,
          result: failed('unsafe-name', `${rel} gives no page path inside the output folder`),
        });
        return;
      }
      // Two files for one output (case apart: file systems that ignore case would merge them).
      const other = claimed.get(page.output.toLowerCase());
      if (other) {
        outcomes.push({
          file,
          output: undefined,
          result: failed(
            'name-collision',
            `${rel} would be written to ${page.output}, as ${other} is`
          ),
        });
        return;
      }
      claimed.set(page.output.toLowerCase(), rel);
      if (page.renamedFrom) renamed.set(file, page.renamedFrom);
      jobs.push({
        file,
        wikiPath: page.wikiPath,
        lang: page.lang,
        linkTitle: page.linkTitle,
        outFile,
        entryId: entryIdFromPath(page.output),
        id: '',
      });
    },
    (file, why) => skipped.push({ file, why })
  );

  // Each page's URL, as the site's own index allocates it: imported pages yield theirs to curated
  // pages and aliases, to area indexes, and to pages before them (in any letter case).
  let index: ReturnType<typeof buildSiteIndex>;
  try {
    index = buildSiteIndex([
      ...curated,
      ...jobs.map((job) => ({
        id: job.entryId,
        filePath: job.file,
        title: job.wikiPath,
        kind: 'overview',
        aliases: [],
        imported: true,
        lang: job.lang,
      })),
    ]);
  } catch (error) {
    usage(`the curated reference cannot be indexed: ${(error as Error).message}`);
    return;
  }
  for (const job of jobs)
    job.id =
      index.byKey.get(pageKey({ id: job.entryId, imported: true }))?.url.slice(1) ?? job.entryId;
  const pages: SitePage[] = jobs.map((job) => ({ title: job.linkTitle, id: job.id }));
  const curatedIds = curated.map((page) => page.id);

  let done = 0;
  const total = jobs.length;
  const results = new Map<Job, ImportResult>();
  const progress = () => {
    done++;
    if (done % 250 === 0 || done === total) process.stdout.write(`\r  ${done}/${total} pages`);
  };
  const timeoutMs = timeoutSeconds * 1000;
  await runJobs(jobs, { pages, curated: curatedIds, excluded: [] }, timeoutMs, (job, result) => {
    results.set(job, result);
    progress();
  });
  // A redirect page's URL becomes an alias of the page it leads to: links to it still work.
  const redirects = redirectTargets(jobs, results, new PageIndex(pages, curatedIds));
  // Links to pages that failed would break: the pages with such links are imported again,
  // with those pages left out (their links become text, reported).
  const excluded = new Set<string>();
  for (let round = 0; round < 3; round++) {
    for (const [job, result] of results)
      if (!result.markdown && !redirects.has(job)) excluded.add(job.id);
    const again = jobs.filter((job) => results.get(job)?.links.some((id) => excluded.has(id)));
    if (again.length === 0) break;
    await runJobs(
      again,
      { pages, curated: curatedIds, excluded: [...excluded] },
      timeoutMs,
      (job, result) => results.set(job, result)
    );
  }
  if (total > 0) process.stdout.write('\n');

  const aliases = new Map<Job, string[]>();
  for (const [from, to] of redirects) {
    if (to.job) aliases.set(to.job, [...(aliases.get(to.job) ?? []), `/${from.id}`]);
    else
      results.get(from)?.warnings.push({
        kind: 'redirect-to-curated',
        message: `the redirect leads to the curated page ${to.curated}: add "/${from.id}" to the aliases of its file in src/content/reference for the old URL to reach it`,
        line: 1,
      });
  }
  for (const job of jobs) {
    const result = results.get(job) ?? failed('crash', 'the page was never imported');
    const redirected = aliases.get(job);
    if (result.markdown && redirected) result.markdown = withAliases(result.markdown, redirected);
    const renamedFrom = renamed.get(job.file);
    if (renamedFrom)
      result.warnings.unshift({
        kind: 'unsafe-name',
        message: `the title ${renamedFrom} is not safe in a URL or file name; published as /${job.id}`,
        line: undefined,
      });
    if (result.markdown) {
      mkdirSync(dirname(job.outFile), { recursive: true });
      writeFileSync(job.outFile, result.markdown);
    }
    outcomes.push({
      file: job.file,
      output: result.markdown ? relative(out, job.outFile).split(sep).join('/') : undefined,
      result,
    });
  }

  const summary = summarizeImport(outcomes, skipped, (performance.now() - started) / 1000);
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'import-report.json'),
    `${JSON.stringify(
      {
        summary,
        skipped,
        pages: outcomes.map(({ file, output, result }) => ({
          file,
          output,
          errors: result.errors.map((d) => formatDiagnostic(file, d)),
          warnings: result.warnings.map((d) => formatDiagnostic(file, d)),
          links: result.links,
        })),
      },
      null,
      2
    )}\n`
  );
  const summaryFile = options.get('--summary');
  if (summaryFile) writeFileSync(resolve(summaryFile), summaryMarkdown(summary, inputs, root));
  for (const { file, result } of outcomes.filter((o) => o.result.errors.length > 0).slice(0, 20))
    for (const e of result.errors)
      console.log(`  error: ${formatDiagnostic(file, e).split('\n')[0]}`);
  for (const line of summaryLines(summary)) console.log(line);
  console.log(`Report: ${join(out, 'import-report.json')}`);
  process.exitCode = summary.failed > 0 ? 1 : 0;
}
