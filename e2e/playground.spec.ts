import { expect, test, type Locator } from '@playwright/test';
import { FLAGSHIP, openDemo, watchForProblems } from './test-utils';

/** The playground's parts a test uses. */
function playgroundParts(demo: Locator) {
  return {
    code: demo.getByLabel('Code (edit it, then run it)'),
    run: demo.getByRole('button', { name: 'Run' }),
    output: demo.locator('[data-wp-control="output"] li'),
    log: demo.locator('[data-wp-log] li'),
  };
}

/** Runs code and waits until the run has ended (finished, stopped or timed out). */
async function runToEnd(demo: Locator, code: string): Promise<void> {
  const { code: editor, run, log } = playgroundParts(demo);
  const ends = log.filter({ hasText: /^ℹ (Run finished|Stopped)/ });
  const before = await ends.count();
  await editor.fill(code);
  await run.click();
  await expect(ends).toHaveCount(before + 1, { timeout: 15_000 });
}

test.describe('the playground', () => {
  let problems: () => Promise<string[]>;
  let demo: Locator;

  test.beforeEach(async ({ page }) => {
    problems = await watchForProblems(page);
    await page.goto(FLAGSHIP);
    demo = await openDemo(page, 'playground-channel');
  });

  test.afterEach(async () => {
    expect(await problems()).toEqual([]);
  });

  test('each run starts in a fresh frame: no globals or listeners from the run before', async () => {
    const { output } = playgroundParts(demo);
    const counter = "globalThis.n = (globalThis.n || 0) + 1;\nconsole.log('run ' + n);";
    await runToEnd(demo, counter);
    await expect(output).toHaveText(['run 1']);
    await runToEnd(demo, counter);
    await expect(output).toHaveText(['run 1']);

    await runToEnd(demo, "addEventListener('message', () => console.log('old listener'));");
    await runToEnd(
      demo,
      "addEventListener('message', (e) => console.log('new listener', e.data));\npostMessage('hi', '*');"
    );
    await expect(output).toHaveText(['new listener hi']);
  });

  test('the code sees none of the runner’s own bindings, and may declare any name', async () => {
    const { output } = playgroundParts(demo);
    // Every one- and two-character name a minifier could give the runner's functions.
    await runToEnd(
      demo,
      [
        "const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';",
        "const names = [...letters].flatMap((a) => [a, ...[...letters, ...'0123456789'].map((b) => a + b)]);",
        "const keywords = new Set(['do', 'if', 'in']);",
        'const bound = names.filter((name) => {',
        '  if (keywords.has(name) || name === "letters" || name === "names") return false;',
        "  try { return (0, eval)('typeof ' + name) !== 'undefined'; } catch { return true; }",
        '});',
        "console.log('bound: ' + (bound.join(', ') || 'none'));",
      ].join('\n')
    );
    await expect(output).toHaveText(['bound: none']);
    await runToEnd(
      demo,
      "const e = 1; let t = 2; function n() {} var r = 3;\nconsole.log('declared', e, t, typeof n, r);"
    );
    await expect(output).toHaveText(['declared 1 2 function 3']);
  });

  test('errors thrown at once, in a timer and in a rejected promise are reported', async () => {
    const { output } = playgroundParts(demo);
    await runToEnd(
      demo,
      [
        "setTimeout(() => { throw new RangeError('from a timer'); }, 10);",
        "Promise.reject(new Error('nobody caught me'));",
        "throw new TypeError('at once');",
      ].join('\n')
    );
    await expect(demo.locator('[data-wp-control="output"] li[data-level="error"]')).toHaveText([
      'Uncaught TypeError: at once (line 3)',
      'Uncaught (in promise) Error: nobody caught me',
      'Uncaught RangeError: from a timer (line 1)',
    ]);
    await expect(output).toHaveCount(3);
  });

  test('a run is finished only when its timers are done', async () => {
    const { output, log } = playgroundParts(demo);
    await runToEnd(
      demo,
      "console.log('start');\nsetTimeout(() => console.log('after 800 ms'), 800);"
    );
    // Not called finished while the timer was pending: its line came first.
    await expect(output).toHaveText(['start', 'after 800 ms']);
    await expect(log.last()).toHaveText(
      'ℹ Run finished: no timer pending and nothing logged or posted for 0.3 s. 2 console lines, 0 errors.'
    );
  });

  test('a run that never finishes is stopped at the time limit, saying why', async () => {
    test.setTimeout(40_000);
    const { log } = playgroundParts(demo);
    await runToEnd(demo, 'setInterval(() => {}, 100);');
    await expect(log.last()).toHaveText('ℹ Stopped after 10 s: 1 timer still pending.');
  });

  test('alert(), confirm() and prompt() say they are blocked, and return what blocked ones do', async () => {
    const { output } = playgroundParts(demo);
    await runToEnd(demo, "alert('hello');\nconsole.log(confirm('sure?'), prompt('name?'));");
    await expect(output).toHaveText([
      'alert("hello") is blocked: this sandbox has no allow-modals, so nothing was shown.',
      'confirm("sure?") is blocked: this sandbox has no allow-modals, so nothing was shown; it returned false.',
      'prompt("name?") is blocked: this sandbox has no allow-modals, so nothing was shown; it returned null.',
      'false null',
    ]);
    await expect(output.nth(0)).toHaveAttribute('data-level', 'warn');
  });

  test('the console keeps the first 500 lines of a run and counts the rest, but shows errors', async () => {
    const { output, log } = playgroundParts(demo);
    await runToEnd(
      demo,
      "for (let i = 1; i <= 1234; i++) console.log('line ' + i);\nsetTimeout(() => { throw new Error('after the cap'); });"
    );
    await expect(output).toHaveCount(502);
    await expect(output.nth(499)).toHaveText('line 500');
    await expect(output.nth(500)).toHaveText('Uncaught Error: after the cap (line 2)');
    await expect(output.last()).toHaveText(
      '… and 734 more lines, not shown: the console keeps the first 500 lines of a run, and its errors.'
    );
    await expect(log.last()).toContainText('1235 console lines, 1 error.');
  });

  test('the editor colours the code, and the keyboard works as in a code editor', async ({
    page,
  }) => {
    const { code, output, run } = playgroundParts(demo);
    await expect(demo.locator('.wp-editor pre .wp-tk-keyword').first()).toHaveText('const');
    await code.fill('');
    await code.focus();
    // Tab indents; Enter keeps the indentation and steps in after an opening brace.
    await page.keyboard.type('if (true) {');
    await page.keyboard.press('Enter');
    await page.keyboard.type("console.log('ran');");
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('// in');
    await expect(code).toHaveValue("if (true) {\n  console.log('ran');\n    // in");
    // Shift+Tab outdents the line.
    await page.keyboard.press('Shift+Tab');
    await expect(code).toHaveValue("if (true) {\n  console.log('ran');\n  // in");
    await page.keyboard.press('Enter');
    await page.keyboard.type('}');
    // The coloured layer follows what is typed.
    await expect(demo.locator('.wp-editor pre')).toHaveText(await code.inputValue());
    await expect(demo.locator('.wp-editor pre .wp-tk-string')).toHaveText("'ran'");
    // Ctrl+Enter runs.
    await page.keyboard.press('Control+Enter');
    await expect(output).toHaveText(['ran']);
    // The run's end is announced in the same live region as Esc's hint: wait for it first.
    await expect(demo.getByRole('status')).toContainText('Run finished');
    // Tab stays in the editor; Esc, then Tab, leaves it for the next control.
    await code.focus();
    await page.keyboard.press('Tab');
    await expect(code).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(demo.getByRole('status')).toHaveText('Tab now moves focus out of the editor.');
    await page.keyboard.press('Tab');
    await expect(code).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(code).toBeFocused();
    // Back in the editor, Tab indents again.
    await page.keyboard.press('Tab');
    await expect(code).toBeFocused();
    await expect(run).toBeEnabled();
  });
});
