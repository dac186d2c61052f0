/**
 * `npm run coverage [-- <wiki folder>]`: how many pages of the wiki (default src/content/wiki, or
 * WPREF_WIKI_DIR) the site matches to a feature of @mdn/browser-compat-data, with the same rules
 * the build uses (src/lib/compat/feature-mapping.ts): pages mapped, pages that document a
 * feature, how each was found, and why the rest were not. `--list` prints every page's result;
 * `--summary <file.md>` writes the figures as Markdown (docs/live-data-coverage.md).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import {
  buildBcdIndex,
  mapFeature,
  signalsOfPage,
  type FeatureMapping,
  type IdlLookup,
} from '../src/lib/compat/feature-mapping.ts';
import { findMember, idlIndexFromTexts } from '../src/lib/specs/idl-model.ts';
import { readPackageJson, webrefIdlTexts } from '../src/data/packages.ts';
import type { ReferencePageData } from '../src/schemas/reference-page.ts';

/** The coverage of one wiki folder. */
export interface Coverage {
  pages: number;
  /** Pages that document a feature the data could know. */
  plausible: number;
  mapped: number;
  /** Mapped pages by the signals that found them (`applies-to+idl`…). */
  via: Record<string, number>;
  /** Plausible pages not mapped, by reason. */
  unmapped: Record<string, number>;
  /** Each page's result, by its file. */
  results: { file: string; mapping: FeatureMapping }[];
}

/** Every Markdown file under a folder. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The frontmatter of a page file; throws naming the file when there is none. */
function frontmatterOf(file: string): ReferencePageData {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match?.[1]) throw new Error(`${file}: no frontmatter`);
  return yaml.load(match[1]) as ReferencePageData;
}

/** Matches every page of the wiki folder to the data, as the build does. */
export async function featureCoverage(
  folder = process.env['WPREF_WIKI_DIR'] || 'src/content/wiki'
): Promise<Coverage> {
  const bcd = buildBcdIndex(
    readPackageJson<Record<string, unknown>>('@mdn/browser-compat-data', 'data.json')
  );
  const idl = idlIndexFromTexts(webrefIdlTexts());
  const lookup: IdlLookup = (name, member) =>
    idl.interfaces.has(name) ? findMember(idl, name, member) : 'no-interface';
  const root = resolve(folder);
  const results = markdownFiles(root).map((file) => {
    const id = relative(root, file).split(sep).join('/').replace(/\.md$/, '');
    const data = frontmatterOf(file);
    return { file: relative('.', file), mapping: mapFeature(signalsOfPage(id, data), bcd, lookup) };
  });
  const count = (keys: string[]) =>
    keys.reduce<Record<string, number>>(
      (tally, key) => ({ ...tally, [key]: (tally[key] ?? 0) + 1 }),
      {}
    );
  return {
    pages: results.length,
    plausible: results.filter(({ mapping }) => mapping.status === 'mapped' || mapping.plausible)
      .length,
    mapped: results.filter(({ mapping }) => mapping.status === 'mapped').length,
    via: count(
      results.flatMap(({ mapping }) => (mapping.status === 'mapped' ? [mapping.via.join('+')] : []))
    ),
    unmapped: count(
      results.flatMap(({ mapping }) =>
        mapping.status === 'unmapped' && mapping.plausible ? [mapping.reason] : []
      )
    ),
    results,
  };
}

/** The coverage as a Markdown document. */
export function coverageMarkdown(coverage: Coverage): string {
  const rows = (entries: [string, number][]) =>
    entries
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `| ${name} | ${n} |`)
      .join('\n');
  return [
    '# Live data for the imported wiki pages',
    '',
    'Which imported pages the build matches to a feature of `@mdn/browser-compat-data` (and so shows its compatibility table, its Baseline status from `web-features` and its specification links), with the rules of `src/lib/compat/feature-mapping.ts`. A page is matched only when its signals agree on one feature; otherwise it says that no feature is listed. Regenerate with:',
    '',
    '```sh',
    'npm run coverage -- --summary docs/live-data-coverage.md && npx prettier --write docs/live-data-coverage.md',
    '```',
    '',
    '| Wiki pages | Documenting a feature | Matched | Share of those documenting one |',
    '| ---: | ---: | ---: | ---: |',
    `| ${coverage.pages} | ${coverage.plausible} | ${coverage.mapped} | ${((100 * coverage.mapped) / Math.max(1, coverage.plausible)).toFixed(1)} % |`,
    '',
    '## How the matched pages were found',
    '',
    "Signals: `wiki-path` (the page's path names a BCD key), `applies-to` (what the wiki says the page applies to: the interface of a member, the element of an attribute), `idl` (the specifications' IDL has that member), `mdn-link` (the MDN page the wiki credited, compared with BCD's `mdn_url`).",
    '',
    '| Signals | Pages |',
    '| --- | ---: |',
    rows(Object.entries(coverage.via)),
    '',
    '## Why the others were not matched',
    '',
    '| Reason | Pages |',
    '| --- | ---: |',
    rows(Object.entries(coverage.unmapped)),
    '',
  ].join('\n');
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const summaryAt = argv.indexOf('--summary');
  const summary = summaryAt >= 0 ? argv[summaryAt + 1] : undefined;
  const coverage = await featureCoverage(
    argv.find((arg, at) => !arg.startsWith('--') && at !== summaryAt + 1)
  );
  if (summary) writeFileSync(summary, coverageMarkdown(coverage));
  if (argv.includes('--list')) {
    for (const { file, mapping } of coverage.results)
      console.log(
        `${file}\t${mapping.status === 'mapped' ? `${mapping.key}\t${mapping.via.join('+')}` : `-\t${mapping.reason}`}`
      );
  }
  const percent = (n: number) => `${((100 * n) / Math.max(1, coverage.plausible)).toFixed(1)} %`;
  console.log(
    `Wiki pages: ${coverage.pages}; documenting a feature: ${coverage.plausible}; matched to browser-compat-data: ${coverage.mapped} (${percent(coverage.mapped)})`
  );
  console.log(
    `Found by: ${Object.entries(coverage.via)
      .sort((a, b) => b[1] - a[1])
      .map(([via, n]) => `${via} ${n}`)
      .join(', ')}`
  );
  console.log(
    `Not matched: ${Object.entries(coverage.unmapped)
      .map(([reason, n]) => `${reason} (${n})`)
      .join('; ')}`
  );
}
