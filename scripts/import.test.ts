import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { markdownToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editOutsideCode, hasModuleLine } from '../src/lib/wikitext/markdown.ts';
import { generatedWikiPage } from './bench-import.ts';

const SAMPLE = resolve('e2e/fixtures/wiki-sample');
const HOSTILE = resolve('e2e/fixtures/hostile-wiki');
const scratch = mkdtempSync(join(tmpdir(), 'wpref-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const runImport = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });

/** Every file under a folder, relative to it. */
function filesUnder(folder: string): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) visit(full);
      else files.push(relative(folder, full));
    }
  };
  if (existsSync(folder)) visit(folder);
  return files.sort();
}

/** A page file in a scratch corpus. */
function writePage(corpus: string, path: string, text: string): void {
  mkdirSync(dirname(join(corpus, path)), { recursive: true });
  writeFileSync(join(corpus, path), text);
}

interface Report {
  summary: { pages: number; imported: number; failed: number; crashed: number };
  pages: { file: string; output?: string; errors: string[]; warnings: string[] }[];
}
const reportOf = (out: string) =>
  JSON.parse(readFileSync(join(out, 'import-report.json'), 'utf8')) as Report;

/** What a Markdown page holds that the site must never render: raw HTML or JSX, module syntax. */
function unsafeParts(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'html' || node.type.startsWith('mdx'))
      found.push(`${node.type} ${node.value ?? ''}`);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(markdownToMdast(markdown, { features: { gfm: true, frontmatter: true } }) as never);
  editOutsideCode(markdown, (prose) => {
    if (hasModuleLine(prose)) found.push('a module line');
    return prose;
  });
  return found;
}

describe('npm run import', () => {
  test('the sample corpus imports to the layout the site reads, with a report naming every diagnostic’s file', () => {
    const out = join(scratch, 'sample');
    const summary = join(scratch, 'summary.md');
    const result = runImport(SAMPLE, '--out', out, '--summary', summary);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Pages: 3; imported: 3; with errors: 0 \(0\.00 %\); crashes: 0/);
    expect(filesUnder(out)).toEqual([
      'css.md',
      'dom/Window/message.md',
      'dom/messageevent.md',
      'import-report.json',
    ]);
    const report = reportOf(out);
    expect(report.summary).toMatchObject({ pages: 3, imported: 3, failed: 0, crashed: 0 });
    for (const page of report.pages)
      for (const warning of page.warnings) expect(warning.startsWith(page.file)).toBe(true);
    expect(readFileSync(summary, 'utf8')).toContain('| Pages | Imported |');
  });

  test('a page named "index" gets a folder of its own; a translation is <page>.<lang>.md', () => {
    const corpus = join(scratch, 'index-corpus');
    writePage(corpus, 'javascript/RegExp/index.md', '{{Summary_Section|The RegExp object.}}');
    writePage(corpus, 'javascript/RegExp/index/index.md', '{{Summary_Section|The index.}}');
    writePage(corpus, 'javascript/RegExp/ja.md', '{{Summary_Section|正規表現オブジェクト。}}');
    const out = join(scratch, 'index-pages');
    const result = runImport(corpus, '--out', out);
    expect(result.status, result.stdout).toBe(0);
    expect(filesUnder(out)).toEqual(
      expect.arrayContaining([
        'javascript/RegExp.md',
        'javascript/RegExp.ja.md',
        'javascript/RegExp/index/index.md',
      ])
    );
    expect(readFileSync(join(out, 'javascript/RegExp.ja.md'), 'utf8')).toContain('"lang": "ja"');
  });

  test('a #REDIRECT page is no page: its URL becomes an alias of its target, and links to it work', () => {
    const corpus = join(scratch, 'redirect-corpus');
    writePage(corpus, 'css/properties/color/index.md', '{{Summary_Section|The color property.}}');
    writePage(corpus, 'css/properties/colour/index.md', '#REDIRECT [[css/properties/color]]');
    writePage(corpus, 'css/old/index.md', '#redirect: [[css/properties/color#Syntax|the color]]');
    writePage(corpus, 'css/nowhere/index.md', '#REDIRECT [[css/no/such/page]]');
    writePage(
      corpus,
      'css/index.md',
      '{{Summary_Section|CSS.}}\n{{Notes_Section|Notes=See [[css/properties/colour]].}}'
    );
    const out = join(scratch, 'redirect-pages');
    const result = runImport(corpus, '--out', out);
    // The redirect to no page fails, reported; the others import.
    expect(result.status, result.stdout).toBe(1);
    expect(filesUnder(out)).toEqual(['css.md', 'css/properties/color.md', 'import-report.json']);
    const color = readFileSync(join(out, 'css/properties/color.md'), 'utf8');
    expect(JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(color)?.[1] ?? '{}').aliases).toEqual([
      '/css/old',
      '/css/properties/colour',
    ]);
    expect(readFileSync(join(out, 'css.md'), 'utf8')).toContain(
      'See [css/properties/colour](/css/properties/colour).'
    );
    const pages = reportOf(out).pages;
    const page = (path: string) => pages.find((p) => p.file.endsWith(path));
    expect(page('colour/index.md')?.warnings.join()).toContain(
      'redirect: a redirect to css/properties/color'
    );
    expect(page('nowhere/index.md')?.errors.join()).toContain(
      'redirect-target: the redirect leads to css/no/such/page, which is no page of the site'
    );
  });

  test('usage errors exit with 2, say how to call it, and write nothing', () => {
    const missing = runImport('nothing-here');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      'usage: npm run import -- <file-or-dir>… --out <dir> [--root <corpus folder>]'
    );
    // An input outside --root would have a wiki path starting with "../": refused.
    const out = join(scratch, 'outside');
    const outside = runImport(join(SAMPLE, 'css'), '--root', join(SAMPLE, 'dom'), '--out', out);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('is not inside the corpus root');
    expect(existsSync(out)).toBe(false);
  });

  test('when every page fails and --out does not exist, the summary and the report are still written', () => {
    const corpus = join(scratch, 'all-broken');
    writePage(corpus, 'a/index.md', '{{Notes_Section|Notes=never closed');
    writePage(corpus, 'b/index.md', '{|\n| a table never closed');
    const out = join(scratch, 'all-broken-out', 'deeper');
    const result = runImport(corpus, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Pages: 2; imported: 0; with errors: 2 (100.00 %); crashes: 0');
    expect(reportOf(out).summary).toMatchObject({ pages: 2, failed: 2 });
  });

  test('a page that takes longer than --page-timeout fails alone; the others are imported', () => {
    const corpus = join(scratch, 'slow');
    // A template with 40,000 arguments: small, within every limit, and slow to parse.
    writePage(corpus, 'slow/index.md', `{{Notes_Section${'|x'.repeat(40_000)}}}`);
    writePage(corpus, 'fine/index.md', '{{Summary_Section|A page that imports in no time.}}');
    const out = join(scratch, 'slow-out');
    const result = runImport(corpus, '--out', out, '--page-timeout', '1');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Pages: 2; imported: 1; with errors: 1 .*; crashes: 1/);
    const slow = reportOf(out).pages.find((page) => page.file.endsWith('slow/index.md'));
    expect(slow?.errors[0]).toContain('timeout: importing the page took longer than 1 s');
    expect(existsSync(join(out, 'fine.md'))).toBe(true);
  });
  test('a page that exhausts its thread’s memory fails alone; the thread is replaced', () => {
    const corpus = join(scratch, 'memory');
    writePage(corpus, 'big/index.md', generatedWikiPage(1024 * 1024));
    writePage(corpus, 'small/index.md', '{{Summary_Section|A page that imports in no time.}}');
    const out = join(scratch, 'memory-out');
    const result = spawnSync(process.execPath, ['scripts/import.ts', corpus, '--out', out], {
      encoding: 'utf8',
      timeout: 300_000,
      // A heap far too small for a page of a megabyte.
      env: { ...process.env, WPREF_IMPORT_HEAP_MB: '96' },
    });
    expect(result.stdout).toMatch(/Pages: 2; imported: 1; with errors: 1 .*; crashes: 1/);
    const big = reportOf(out).pages.find((page) => page.file.endsWith('big/index.md'));
    expect(big?.errors[0]).toContain('out-of-memory: importing the page exhausted');
    expect(existsSync(join(out, 'small.md'))).toBe(true);
  }, 300_000);
});

describe('npm run import on hostile wiki pages (e2e/fixtures/hostile-wiki, and generated ones)', () => {
  const corpus = join(scratch, 'hostile');
  const out = join(scratch, 'hostile-out');
  let pageFiles: string[] = [];
  let result: ReturnType<typeof runImport>;
  let report: Report;
  beforeAll(() => {
    cpSync(HOSTILE, corpus, { recursive: true });
    // Too large, too deep, and large but allowed: generated here, not kept in the repository.
    writePage(
      corpus,
      'generated/huge/index.md',
      `{{Summary_Section|Huge.}}\n${'x'.repeat(3_000_000)}`
    );
    writePage(
      corpus,
      'generated/deep-templates/index.md',
      `${'{{a|'.repeat(5_000)}x${'}}'.repeat(5_000)}`
    );
    writePage(corpus, 'generated/deep-links/index.md', `${'[[a|'.repeat(20_000)}x`);
    writePage(corpus, 'generated/deep-tables/index.md', '{|\n|\n'.repeat(5_000));
    writePage(corpus, 'generated/megabyte/index.md', generatedWikiPage(1024 * 1024));
    pageFiles = filesUnder(corpus).filter((file) => file.endsWith('.md'));
    // A generous timeout: the machine running the tests may be busy; the bench times this page.
    result = runImport(corpus, '--out', out, '--root', corpus, '--page-timeout', '600');
    report = reportOf(out);
  }, 300_000);

  test('the run ends with its summary, having crashed on nothing', () => {
    expect(result.stdout).toMatch(/Pages: \d+; imported: \d+; with errors: \d+ .*; crashes: 0/);
    expect(result.stdout).toContain('Files that are no pages: 1');
    expect(result.status).toBe(1);
  });

  test('every page is imported as text or reported', () => {
    expect(report.pages).toHaveLength(pageFiles.length);
    for (const page of report.pages)
      expect(page.output !== undefined || page.errors.length > 0, page.file).toBe(true);
    const errorsOf = (path: string) =>
      report.pages.find((page) => page.file.endsWith(path))?.errors.join('\n');
    expect(errorsOf('generated/huge/index.md')).toContain('page-too-large');
    expect(errorsOf('generated/deep-templates/index.md')).toContain('nesting-too-deep');
    expect(errorsOf('generated/deep-links/index.md')).toContain('nesting-too-deep');
    expect(errorsOf('generated/deep-tables/index.md')).toContain('nesting-too-deep');
    expect(errorsOf('broken/index.md')).toContain('unclosed-template');
    expect(report.pages.find((page) => page.file.endsWith('megabyte/index.md'))?.output).toBe(
      'generated/megabyte.md'
    );
  });

  test('nothing is written outside --out, and every output name is safe in a URL and a file name', () => {
    expect(readdirSync(scratch).sort()).toEqual(expect.arrayContaining(['hostile', 'hostile-out']));
    const outputs = filesUnder(out);
    for (const file of outputs) {
      expect(file, file).toMatch(
        /^(?:[\p{L}\p{N}_\-~()!,'+]+\/)*[\p{L}\p{N}_\-~()!,'+]+(?:\.[a-z-]+)?\.(?:md|json)$/u
      );
      expect(file.split('/').some((segment) => segment.startsWith('.'))).toBe(false);
    }
    expect(outputs).toEqual(
      expect.arrayContaining(['names/a_b.md', 'names/what_.md', 'names/_hidden.md', 'names/_.md'])
    );
    const renamed = report.pages.find((page) => page.file.endsWith('names/a#b/index.md'));
    expect(renamed?.warnings.join('\n')).toContain('unsafe-name');
  });

  test('no output holds raw HTML, JSX or module syntax, and nothing hostile became a link', () => {
    const outputs = filesUnder(out).filter((file) => file.endsWith('.md'));
    expect(outputs.length).toBeGreaterThan(10);
    for (const file of outputs) {
      const markdown = readFileSync(join(out, file), 'utf8');
      expect(unsafeParts(markdown), file).toEqual([]);
      expect(markdown, file).not.toMatch(/\]\((?:javascript|data|vbscript):/i);
    }
    const frontmatter = readFileSync(join(out, 'frontmatter.md'), 'utf8');
    expect(JSON.parse(frontmatter.split('\n---\n')[0]?.slice(4) ?? '')).toMatchObject({
      title: '"',
      kind: 'overview',
    });
  });
});
