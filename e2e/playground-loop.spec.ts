import { expect, test, type Page } from '@playwright/test';
import { FLAGSHIP, openDemo, watchForProblems } from './test-utils';

// Tracing snapshots every frame before each action, and a frame stuck in a loop never answers;
// readers' input is not affected (this test proves it with the keyboard and the mouse), so this
// file runs untraced.
test.use({ trace: 'off' });

/**
 * Starts a timer in the page that records when it fires; gaps between its ticks show whether
 * the page's thread was blocked. Returns a reader of the ticks so far and their longest gap.
 */
async function watchResponsiveness(
  page: Page
): Promise<() => Promise<{ ticks: number; longestGap: number }>> {
  await page.evaluate(() => {
    const ticks: number[] = [];
    (window as unknown as { ticks: number[] }).ticks = ticks;
    setInterval(() => ticks.push(performance.now()), 50);
  });
  return async () => {
    const ticks = await page.evaluate(() => (window as unknown as { ticks: number[] }).ticks);
    const longestGap = Math.max(...ticks.slice(1).map((t, i) => t - (ticks[i] ?? t)));
    return { ticks: ticks.length, longestGap };
  };
}

test('playground: an endless loop does not freeze the page and can be stopped', async ({
  page,
}) => {
  const problems = await watchForProblems(page);
  await page.goto(FLAGSHIP);
  const demo = await openDemo(page, 'playground-channel');
  const responsiveness = await watchResponsiveness(page);
  await demo.getByLabel('Code (edit it, then run it)').fill('while (true) {}');
  await demo.getByRole('button', { name: 'Run' }).click();
  await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Still running' })).toHaveCount(
    1
  );
  await page.waitForTimeout(1000);
  const { ticks, longestGap } = await responsiveness();
  expect(ticks).toBeGreaterThan(30);
  expect(longestGap).toBeLessThan(500);
  const stop = demo.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeEnabled();
  // Keyboard first: focus is still on Run, and Stop is the next stop.
  await page.keyboard.press('Tab');
  await expect(stop).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Stopped by you.' })).toHaveCount(
    1
  );
  await demo.getByLabel('Code (edit it, then run it)').fill("console.log('alive again')");
  await demo.getByRole('button', { name: 'Run' }).click();
  await expect(demo.locator('[data-wp-control="output"] li')).toHaveText(['alive again']);

  // Again with the mouse.
  await demo.getByLabel('Code (edit it, then run it)').fill('for (;;) {}');
  await demo.getByRole('button', { name: 'Run' }).click();
  await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Still running' })).toHaveCount(
    2
  );
  const box = await stop.boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click((box?.x ?? 0) + 4, (box?.y ?? 0) + 4);
  await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Stopped by you.' })).toHaveCount(
    2
  );
  expect(await problems()).toEqual([]);
});

test('playground: 100,000 console lines keep the page responsive, and the console is capped', async ({
  page,
}) => {
  const problems = await watchForProblems(page);
  await page.goto(FLAGSHIP);
  const demo = await openDemo(page, 'playground-channel');
  const responsiveness = await watchResponsiveness(page);
  // What froze the page was a message (and a list item) per line: count the runner's messages.
  await page.evaluate(() => {
    (window as unknown as { outputs: number }).outputs = 0;
    addEventListener('message', (event) => {
      if ((event.data as { wp?: string } | null)?.wp === 'output')
        (window as unknown as { outputs: number }).outputs++;
    });
  });
  await demo
    .getByLabel('Code (edit it, then run it)')
    .fill("for (let i = 0; i < 100000; i++) console.log('line ' + i);");
  await demo.getByRole('button', { name: 'Run' }).click();
  await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Run finished' })).toContainText(
    '100000 console lines',
    { timeout: 15_000 }
  );
  const output = demo.locator('[data-wp-control="output"] li');
  await expect(output).toHaveCount(501);
  await expect(output.first()).toHaveText('line 0');
  await expect(output.last()).toHaveText(
    '… and 99,500 more lines, not shown: the console keeps the first 500 lines of a run, and its errors.'
  );
  expect(
    await page.evaluate(() => (window as unknown as { outputs: number }).outputs)
  ).toBeLessThan(20);
  const { longestGap } = await responsiveness();
  // A message per line froze the page for 28 s; the bound leaves room for a machine busy with
  // other work (the runner's loop takes a core of its own meanwhile).
  expect(longestGap).toBeLessThan(2000);
  // The reader can go on at once: the editor takes input.
  await demo.getByLabel('Code (edit it, then run it)').fill("console.log('next')");
  await demo.getByRole('button', { name: 'Run' }).click();
  await expect(output).toHaveText(['next']);
  expect(await problems()).toEqual([]);
});
