import { describe, expect, test } from 'vitest';
import {
  buildPhases,
  exceeded,
  growth,
  medianRun,
  pageCopies,
  parseDuration,
  withUniqueCode,
} from './bench-model.ts';

describe('budgets', () => {
  test('exceeded lists only figures over their limit (NaN counts as over)', () => {
    const ok = { name: 'a', value: 1, limit: 2, unit: 'KB' };
    const over = { name: 'b', value: 3, limit: 2, unit: 'KB' };
    const broken = { name: 'c', value: Number.NaN, limit: 2, unit: 'KB' };
    expect(exceeded([ok, over, broken])).toEqual([over, broken]);
  });

  test('growth', () => {
    expect(growth(20, 21)).toBeCloseTo(0.05);
    expect(growth(0, 5)).toBe(0);
  });
});

describe('medianRun', () => {
  test('the run in the middle, whatever the order; an even count has no such run', () => {
    const runs = [{ routes: 9.1 }, { routes: 7.2 }, { routes: 7.9 }];
    expect(medianRun(runs, (run) => run.routes)).toBe(runs[2]);
    expect(medianRun([runs[0]!], (run) => run.routes)).toBe(runs[0]);
    expect(() => medianRun(runs.slice(1), (run) => run.routes)).toThrow('2 runs');
  });
});

describe('pageCopies and withoutAliases', () => {
  const mdx =
    '---\ntitle: message\naliases:\n  - /a\n  - /b\nlastReviewed: 2026-11-25\n---\n\nBody with aliases: text.\n';
  test('copies keep the body and frontmatter but not the aliases', () => {
    const copies = pageCopies(mdx, 3, 'bench/heavy');
    expect(copies.map((c) => c.path)).toEqual([
      'bench/heavy/copy-0.mdx',
      'bench/heavy/copy-1.mdx',
      'bench/heavy/copy-2.mdx',
    ]);
    expect(copies[0]?.mdx).toBe(
      '---\ntitle: message\nlastReviewed: 2026-11-25\n---\n\nBody with aliases: text.\n'
    );
  });
});

describe('buildPhases', () => {
  const output = [
    '12:44:52 [content] Syncing content',
    '12:44:58 [build] ✓ Completed in 6.06s.',
    '12:45:05 [vite] ✓ built in 6.93s',
    '12:45:05 [vite] ✓ built in 257ms',
    ' generating static routes ',
    '12:45:06   ├─ /a.html (+2ms) ',
    '12:45:36 ✓ Completed in 1m 21s.',
    '',
    '12:45:36 [build] ✓ Completed in 1m 37s.',
    '12:46:18 [wp:pagefind] Indexed 4492 pages for search in 12.5 s.',
    '12:46:18 [wp:redirects] 1704 redirect pages and _redirects (4463 exact rules, 30 splats) written in 1512 ms.',
    '12:46:18 [wp:check-links] Checked the links and anchors of 6176 pages in 14576 ms: none broken.',
    '12:46:18 [build] 4492 page(s) built in 2m 26s',
  ].join('\n');
  test('reads every phase of a real build log', () => {
    expect(buildPhases(output)).toEqual({
      content: 6060,
      vite: 7187,
      routes: 81000,
      after: 42940,
      search: 12500,
      redirects: 1512,
      links: 14576,
      total: 146000,
      pages: 4492,
    });
  });
  test('a log without route generation is an error, not a zero', () => {
    expect(() => buildPhases('[build] 3 page(s) built in 2s')).toThrow(
      'the build output has no route generation time'
    );
  });
  test('durations in every form Astro prints', () => {
    expect([parseDuration('257ms'), parseDuration('6.93s'), parseDuration('2m 34s')]).toEqual([
      257, 6930, 154000,
    ]);
    expect(() => parseDuration('soon')).toThrow('not a duration');
  });
});

describe('withUniqueCode', () => {
  test('marks each code block it can comment with the copy’s number, and nothing else', () => {
    const mdx = [
      'Text with `inline` code.',
      '',
      '```js title="a.js"',
      'const a = 1;',
      '```',
      '',
      '  ```html',
      '  <p>x</p>',
      '  ```',
      '',
      '```text',
      'plain',
      '```',
    ].join('\n');
    expect(withUniqueCode(mdx, 7)).toBe(
      [
        'Text with `inline` code.',
        '',
        '```js title="a.js"',
        'const a = 1;',
        '// copy 7',
        '```',
        '',
        '  ```html',
        '  <p>x</p>',
        '  <!-- copy 7 -->',
        '  ```',
        '',
        '```text',
        'plain',
        '```',
      ].join('\n')
    );
  });
});
