/**
 * `npm test`: every check of the project in order, then one closing line that CI reads:
 * "Summary: N passed, N failed". Steps: type check, formatting, unit and component tests
 * (vitest), the site build, end-to-end tests in Chromium (Playwright).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { astroArgs } from './astro-command.ts';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const run = (command: string, args: string[]) =>
  spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' },
  }).status ?? 1;

/** A step that is one check: it passes or fails as a whole. */
const single = (status: number): Tally => ({
  passed: status === 0 ? 1 : 0,
  failed: status === 0 ? 0 : 1,
  skipped: 0,
});

/** Reads a runner's JSON report; a missing or unreadable report counts as one failure. */
function fromReport(
  path: string,
  status: number,
  read: (json: Record<string, unknown>) => Tally
): Tally {
  if (!existsSync(path)) return single(1);
  try {
    const tally = read(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
    // A runner that exits non-zero with no failed test (a crash, an error outside tests) still fails.
    return status !== 0 && tally.failed === 0 ? { ...tally, failed: 1 } : tally;
  } catch {
    return single(1);
  }
}

/** Titles of the Playwright tests that failed, from its JSON report, to repeat them at the end. */
interface PlaywrightSuite {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; ok: boolean }[];
}
function failedPlaywrightTests(json: Record<string, unknown>, path: string[] = []): string[] {
  return ((json['suites'] ?? []) as PlaywrightSuite[]).flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => [...path, suite.title, spec.title].join(' › ')),
    ...failedPlaywrightTests(suite as unknown as Record<string, unknown>, [...path, suite.title]),
  ]);
}
const failedTitles: string[] = [];

/** Names of the vitest tests that failed, from its JSON report (Jest's format). */
interface VitestFileResult {
  name: string;
  message?: string;
  assertionResults?: { fullName: string; status: string }[];
}
function failedVitestTests(json: Record<string, unknown>): string[] {
  return ((json['testResults'] ?? []) as VitestFileResult[]).flatMap((file) => {
    const name = relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => `${name} › ${test.fullName}`);
    // A file that fails to load has no test results, only a message.
    const firstLine = file.message?.split('\n')[0];
    return failed.length === 0 && firstLine ? [`${name}: ${firstLine}`] : failed;
  });
}

mkdirSync('.tmp', { recursive: true });
const results: [string, Tally][] = [];
const step = (name: string, tally: Tally) => {
  results.push([name, tally]);
  return tally.failed === 0;
};

step('astro check', single(run(bin('astro'), ['check'])));
step('prettier --check', single(run(bin('prettier'), ['--check', '.'])));

rmSync('.tmp/vitest-results.json', { force: true });
const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=.tmp/vitest-results.json',
]);
step(
  'vitest',
  fromReport('.tmp/vitest-results.json', vitestStatus, (json) => {
    failedTitles.push(...failedVitestTests(json).map((title) => `vitest: ${title}`));
    return {
      passed: Number(json['numPassedTests'] ?? 0),
      failed: Number(json['numFailedTests'] ?? 0),
      skipped: Number(json['numPendingTests'] ?? 0) + Number(json['numTodoTests'] ?? 0),
    };
  })
);

if (step('astro build', single(run(process.execPath, astroArgs('build'))))) {
  rmSync('.tmp/playwright-results.json', { force: true });
  const e2eStatus = run(bin('playwright'), ['test']);
  step(
    'playwright',
    fromReport('.tmp/playwright-results.json', e2eStatus, (json) => {
      failedTitles.push(...failedPlaywrightTests(json).map((title) => `playwright: ${title}`));
      const stats = (json['stats'] ?? {}) as Record<string, number>;
      const skipped = stats['skipped'] ?? 0;
      return {
        passed: (stats['expected'] ?? 0) + (stats['flaky'] ?? 0),
        // In CI a skipped browser test is a failure: nothing may pass by not running.
        failed: (stats['unexpected'] ?? 0) + (process.env['CI'] ? skipped : 0),
        skipped,
      };
    })
  );
} else {
  results.push(['playwright (not run: the build failed)', single(1)]);
}

const total = results.reduce(
  (sum, [, t]) => ({
    passed: sum.passed + t.passed,
    failed: sum.failed + t.failed,
    skipped: sum.skipped + t.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 }
);
// Repeated here because CI keeps only the end of the output.
if (failedTitles.length > 0) {
  console.log('\nFailed tests:');
  for (const title of failedTitles) console.log(`  ${title}`);
}
console.log('\nSteps:');
for (const [name, t] of results) {
  console.log(
    `  ${t.failed === 0 ? 'ok  ' : 'FAIL'} ${name}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`
  );
}
console.log(
  `Summary: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`
);
process.exit(total.failed === 0 ? 0 : 1);
