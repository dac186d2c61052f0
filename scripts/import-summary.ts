/**
 * The totals of an import run: what the CLI prints, puts at the head of import-report.json and
 * writes as import-report.md (docs/import-report.md is the corpus's copy).
 */
import type { Diagnostic } from '../src/lib/wikitext/diagnostics.ts';
import { escapeMarkdown } from '../src/lib/wikitext/markdown.ts';

/** Kinds of error that mean the importer itself did not finish a page. */
const CRASH_KINDS = new Set(['crash', 'timeout', 'out-of-memory']);

/** One page's outcome, as the summary reads it. */
export interface OutcomeForSummary {
  result: { errors: Diagnostic[]; warnings: Diagnostic[] };
}

/** The totals of a run. */
export interface ImportSummary {
  pages: number;
  imported: number;
  failed: number;
  /** Pages the importer did not finish: crashed, timed out, ran out of memory. */
  crashed: number;
  /** Files under the inputs that are no page files. */
  skippedFiles: number;
  errorsByKind: Record<string, number>;
  warningsByKind: Record<string, number>;
  /** Templates no family knows, by name, with how often they occur. */
  unknownTemplates: Record<string, number>;
  /** Parameters no family declared ("{{template}} name"), with how often they occur. */
  unknownParameters: Record<string, number>;
  /** Links to pages the site does not have: how many, and to how many titles. */
  missingPageLinks: { links: number; titles: number; top: Record<string, number> };
  seconds: number;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const sorted = (map: Map<string, number>, limit = Infinity) =>
  Object.fromEntries(
    [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit)
  );

/** Adds up the outcomes of a run. */
export function summarizeImport(
  outcomes: readonly OutcomeForSummary[],
  skipped: readonly unknown[],
  seconds: number
): ImportSummary {
  const errors = new Map<string, number>();
  const warnings = new Map<string, number>();
  const templates = new Map<string, number>();
  const parameters = new Map<string, number>();
  const missing = new Map<string, number>();
  let failed = 0;
  let crashed = 0;
  for (const { result } of outcomes) {
    if (result.errors.length > 0) failed++;
    if (result.errors.some((e) => CRASH_KINDS.has(e.kind))) crashed++;
    for (const e of result.errors) count(errors, e.kind);
    for (const w of result.warnings) {
      count(warnings, w.kind);
      if (w.kind === 'unknown-template') count(templates, w.subject ?? '?');
      if (w.kind === 'unknown-parameter') count(parameters, w.subject ?? '?');
      if (w.kind === 'missing-page') count(missing, w.subject ?? '?');
    }
  }
  return {
    pages: outcomes.length,
    imported: outcomes.length - failed,
    failed,
    crashed,
    skippedFiles: skipped.length,
    errorsByKind: sorted(errors),
    warningsByKind: sorted(warnings),
    unknownTemplates: sorted(templates),
    unknownParameters: sorted(parameters),
    missingPageLinks: {
      links: [...missing.values()].reduce((a, b) => a + b, 0),
      titles: missing.size,
      top: sorted(missing, 20),
    },
    seconds,
  };
}

const list = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'none';
const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

/** The summary as the CLI prints it. */
export function summaryLines(summary: ImportSummary): string[] {
  const percent = ((100 * summary.failed) / Math.max(1, summary.pages)).toFixed(2);
  return [
    `Pages: ${summary.pages}; imported: ${summary.imported}; with errors: ${summary.failed} (${percent} %); crashes: ${summary.crashed}`,
    `Errors: ${list(summary.errorsByKind)}`,
    `Warnings: ${list(summary.warningsByKind)}`,
    `Unknown templates: ${total(summary.unknownTemplates)} (${Object.keys(summary.unknownTemplates).length} distinct); unknown parameters: ${total(summary.unknownParameters)} (${Object.keys(summary.unknownParameters).length} distinct)`,
    `Links to missing pages: ${summary.missingPageLinks.links} (to ${summary.missingPageLinks.titles} distinct titles), kept as text`,
    `Files that are no pages: ${summary.skippedFiles}`,
    `Time: ${summary.seconds.toFixed(1)} s`,
  ];
}

const table = (head: [string, string], record: Record<string, number>) =>
  Object.keys(record).length === 0
    ? 'None.'
    : [
        `| ${head[0]} | ${head[1]} |`,
        '| --- | ---: |',
        ...Object.entries(record).map(
          ([key, n]) => `| ${escapeMarkdown(key).replace(/(?<!\\)\|/g, '\\|')} | ${n} |`
        ),
      ].join('\n');

/** The summary as Markdown, for docs/import-report.md; `inputs` and `root` say what was imported. */
export function summaryMarkdown(
  summary: ImportSummary,
  inputs: readonly string[],
  root: string
): string {
  const folder = (path: string) => path.split(/[\\/]/).slice(-1)[0] ?? path;
  return `${[
    '# The wiki import, corpus report',
    `What \`npm run import\` reported for ${inputs.map((input) => `\`${folder(input)}\``).join(', ')} (corpus root \`${folder(root)}\`). Regenerate it with the corpus beside the checkout:`,
    '```sh\nnpm run import -- ../shared/webplatform-docs --root ../shared/webplatform-docs --out /tmp/wiki-out --summary docs/import-report.md\nnpx prettier --write docs/import-report.md\n```',
    'Every diagnostic of every page, with its line, is in `/tmp/wiki-out/import-report.json`. Warnings are imported pages with something kept as text or reported (see src/lib/wikitext/); errors are pages not imported.',
    '## Totals',
    [
      '| Pages | Imported | With errors | Crashes | Files that are no pages | Time |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${summary.pages} | ${summary.imported} | ${summary.failed} | ${summary.crashed} | ${summary.skippedFiles} | ${summary.seconds.toFixed(1)} s |`,
    ].join('\n'),
    'The time is the wall time of the run on two worker threads; it depends on how busy the machine is.',
    '## Errors by kind',
    table(['Kind', 'Errors'], summary.errorsByKind),
    '## Warnings by kind',
    table(['Kind', 'Warnings'], summary.warningsByKind),
    '## Unknown templates',
    table(['Template', 'Calls'], summary.unknownTemplates),
    '## Unknown parameters',
    table(['Template and parameter', 'Calls'], summary.unknownParameters),
    '## Links to missing pages',
    `${summary.missingPageLinks.links} links to ${summary.missingPageLinks.titles} titles no page of the site has are kept as their text. The most linked:`,
    table(['Title', 'Links'], summary.missingPageLinks.top),
  ].join('\n\n')}\n`;
}
