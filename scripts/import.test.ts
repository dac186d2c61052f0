import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// The wiki corpus lives in shared/ beside the checkout (as in CI); WEBPLATFORM_DOCS overrides.
const CORPUS = resolve(process.env['WEBPLATFORM_DOCS'] ?? '../shared/webplatform-docs');
const out = mkdtempSync(join(tmpdir(), 'wpref-import-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const runImport = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });

describe('npm run import', () => {
  test('the whole WebPlatform corpus imports: no crash, under 1 % of pages with errors', () => {
    expect(
      existsSync(CORPUS),
      `the corpus is expected at ${CORPUS} (shared/ beside the checkout)`
    ).toBe(true);
    const result = runImport(CORPUS, '--out', join(out, 'corpus'));
    const summary = result.stdout
      .split('\n')
      .filter((line) => /^(Pages|Warnings|Links|Time):/.test(line));
    console.log(summary.join('\n'));
    const pages = /Pages: (\d+); imported: (\d+); with errors: (\d+) .*; crashes: (\d+)/.exec(
      result.stdout
    );
    expect(pages, result.stdout + result.stderr).not.toBeNull();
    const [, total, , failed, crashes] = (pages ?? []).map(Number);
    expect(total).toBeGreaterThan(4000);
    expect(crashes).toBe(0);
    expect((failed ?? 0) / (total ?? 1)).toBeLessThan(0.01);
    expect(existsSync(join(out, 'corpus', 'dom/Window/message.mdx'))).toBe(true);
    expect(result.status).toBe(failed === 0 ? 0 : 1);
  }, 180_000);

  test('the seed page imports to the layout the site uses, and the report names every diagnostic with its file', () => {
    const result = runImport(
      join(CORPUS, 'dom/Window/message'),
      '--root',
      CORPUS,
      '--out',
      join(out, 'one')
    );
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'one', 'dom/Window/message.mdx'))).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'one', 'import-report.json'), 'utf8')) as {
      file: string;
      warnings: string[];
    }[];
    expect(report).toHaveLength(1);
    for (const warning of report[0]?.warnings ?? [])
      expect(warning.startsWith(report[0]?.file ?? '?')).toBe(true);
  });

  test('a page named "index" gets a folder of its own, so it is not read as its parent page', () => {
    const result = runImport(
      join(CORPUS, 'javascript/RegExp/index'),
      join(CORPUS, 'javascript/RegExp/index.md'),
      '--root',
      CORPUS,
      '--out',
      join(out, 'index-pages')
    );
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'index-pages', 'javascript/RegExp.mdx'))).toBe(true);
    expect(existsSync(join(out, 'index-pages', 'javascript/RegExp/index/index.mdx'))).toBe(true);
  });

  test('usage errors exit with 2 and say how to call it', () => {
    const result = runImport('nothing-here');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'usage: npm run import -- <file-or-dir>… --out <dir> [--root <corpus folder>]'
    );
  });
});
