/**
 * The importer's figure for `npm run bench`: the time to import one generated page of a megabyte
 * (a wiki page 14 times the size of the corpus's largest), which must stay linear in the page's
 * size. Also the page generator the importer's tests use for a large page.
 */
import { readPackageJson } from '../src/data/packages.ts';
import { importWikiPage } from '../src/lib/wikitext/import-page.ts';
import { PageIndex } from '../src/lib/wikitext/links.ts';
import type { SpecEntry } from '../src/lib/specs/spec-titles.ts';
import type { Budget } from './bench-model.ts';
import { importWorkerLimits } from './import-limits.ts';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** The worker data that makes this module, loaded in a thread, time the import. */
const BENCH_THREAD = 'wp:bench-import';

/** The generated page's path; its links go to it and to the pages below. */
const PAGE = 'generated/large_page';
const LINKED = ['dom/Window', 'dom/Window/postMessage', 'css/properties/color'];

/**
 * A wiki page of at least `length` characters made of what corpus pages are made of, in about the
 * corpus's proportions (per 16 MB: 22,000 links, 2,700 code blocks, 500 tables): sections of
 * prose with links, bold, code and notes, a list, a code block, and a table every fifth section,
 * all inside the usual templates. Deterministic.
 */
export function generatedWikiPage(length: number): string {
  const prose = (n: number) =>
    `The '''postMessage''' method of [[dom/Window|Window]] sends <code>data</code> to another [[dom/Window/postMessage|window]], which may live on another origin; the receiver reads it from the ''data'' property of the event and must check its <code>origin</code> first. See [http://example.org/spec/${n} the specification] for the algorithm, which clones the data with the structured clone algorithm rather than sharing it, so that neither side can change what the other sees after the call returns. `;
  const section = (n: number) =>
    `==Section ${n}==
${prose(n)}${prose(n + 1)}

${prose(n + 2)}{{Note|Check the <code>origin</code> of every message (${n}).}}

* A [[css/properties/color|color]] item with ''emphasis'' and &lt;markup&gt; that is text
* A second item, about [[#Section_${n}|this section]]
* A third item with '''bold''' text

<syntaxhighlight lang="javascript">
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://example.org') return; // section ${n}
  console.log(event.data);
});
</syntaxhighlight>
${prose(n + 3)}${prose(n + 4)}
${
  n % 5 === 0
    ? `{| class="wikitable"
! Name !! Value
|-
| origin || <code>https://example.org</code>
|-
| data || The message
|}
`
    : ''
}`;
  let body = '';
  for (let n = 1; body.length < length; n++) body += section(n);
  return `{{Page_Title|A large page}}
{{Flags|State=Ready to Use|Checked_Out=No}}
{{Summary_Section|A generated page of a megabyte, made of what wiki pages are made of.}}
{{Notes_Section
|Notes=${body}
}}
{{Related_Specifications_Section|Specifications={{Related Specification|Name=HTML|URL=https://html.spec.whatwg.org/|Status=Living Standard}}}}
{{External_Attribution|Is_CC-BY-SA=No}}
`;
}

interface Timing {
  seconds: number;
  wallSeconds: number;
  sourceKb: number;
  markdownKb: number;
}

/** In the thread: imports the page once to warm up (as an importer thread does), then times it. */
function timeLargePageImport(): Timing {
  const options = {
    knownSpecs: readPackageJson<SpecEntry[]>('web-specs', 'index.json'),
    pages: new PageIndex([PAGE, ...LINKED].map((title) => ({ title, id: title }))),
  };
  importWikiPage(
    '{{Summary_Section|A page that warms the importer up.}}',
    { wikiPath: 'x/y' },
    options
  );
  const source = generatedWikiPage(1024 * 1024);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = importWikiPage(source, { wikiPath: PAGE }, options);
  const used = process.cpuUsage(cpu);
  if (!result.markdown)
    throw new Error(`the generated page did not import: ${JSON.stringify(result.errors)}`);
  return {
    seconds: (used.user + used.system) / 1e6,
    wallSeconds: (performance.now() - started) / 1000,
    sourceKb: source.length / 1024,
    markdownKb: result.markdown.length / 1024,
  };
}

if (!isMainThread && workerData === BENCH_THREAD) parentPort?.postMessage(timeLargePageImport());

/** One timing, in a new thread with the importer's own limits (import-limits.ts). */
async function timeInThread(): Promise<Timing> {
  const thread = new Worker(new URL(import.meta.url), {
    workerData: BENCH_THREAD,
    resourceLimits: importWorkerLimits(),
  });
  try {
    return await new Promise<Timing>((resolve, reject) => {
      thread.once('message', resolve);
      thread.once('error', reject);
    });
  } finally {
    await thread.terminate();
  }
}

/** How many times the page is imported: one run on a shared machine varies by a second. */
const RUNS = 3;

/**
 * Imports a generated page of a megabyte three times, each in a new thread, as `npm run import`
 * runs a page, and prints the median time with each run's. The budget is the processor time,
 * which a shared machine's load does not inflate as it does the wall time.
 */
export async function benchLargePageImport(): Promise<Budget> {
  const timings: Timing[] = [];
  for (let run = 0; run < RUNS; run++) timings.push(await timeInThread());
  const median = [...timings].sort((a, b) => a.seconds - b.seconds)[Math.floor(RUNS / 2)];
  if (!median) throw new Error('no import was timed');
  const runs = timings.map((timing) => `${timing.seconds.toFixed(1)} s`).join(', ');
  console.log(
    `  import of a 1 MB wiki page:  ${median.seconds.toFixed(1)} s of processor time (${median.wallSeconds.toFixed(1)} s wall), ${median.sourceKb.toFixed(0)} KB → ${median.markdownKb.toFixed(0)} KB of Markdown; processor time in ${RUNS} runs: ${runs}`
  );
  return {
    name: 'import of a 1 MB wiki page (processor time, median)',
    value: median.seconds,
    limit: 5,
    unit: 's',
  };
}

if (import.meta.main) await benchLargePageImport();
