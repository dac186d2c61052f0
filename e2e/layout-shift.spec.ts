import { expect, test, type Page } from '@playwright/test';
import { FLAGSHIP } from './test-utils';

/**
 * "No layout shift" (issue #8), measured the way browsers measure it: the Layout Instability
 * API's `layout-shift` entries that the reader did not cause (`hadRecentInput` false).
 */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { wpShifts: typeof shifts }).wpShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: {
          node?: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map(({ node }) => {
          const element = node instanceof Element ? node : node?.parentElement;
          if (!element) return '?';
          const path: string[] = [];
          for (let at: Element | null = element; at && path.length < 4; at = at.parentElement) {
            path.unshift(
              at.id
                ? `${at.localName}#${at.id}`
                : at.classList[0]
                  ? `${at.localName}.${at.classList[0]}`
                  : at.localName
            );
          }
          return path.join(' > ');
        });
        (window as unknown as { wpShiftDetails: unknown[] }).wpShiftDetails ??= [];
        (window as unknown as { wpShiftDetails: unknown[] }).wpShiftDetails.push({
          at: Math.round(entry.startTime),
          scrollY: window.scrollY,
          rects: (entry.sources ?? []).map((source) => [
            source.previousRect.toJSON(),
            source.currentRect.toJSON(),
          ]),
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

function shifts(page: Page): Promise<{ value: number; sources: string[] }[]> {
  return page.evaluate(
    () => (window as unknown as { wpShifts: { value: number; sources: string[] }[] }).wpShifts
  );
}

/** Waits until every demo on the page has started (its module ran and showed its UI). A demo
 * element holds its UI; the code disclosure's element, which loads on use, does not. */
async function waitForDemos(page: Page): Promise<void> {
  const demos = page.locator('section.wp-demo [data-wp-module]:has(> [data-wp-ui])');
  for (const demo of await demos.all()) {
    await expect(demo).toHaveAttribute('data-wp-ready', '');
  }
}

/** Every page with live demos: each is read top to bottom on a desktop and a phone. */
const PAGES_WITH_DEMOS = [
  FLAGSHIP,
  '/dom/Window/postMessage',
  '/apis/web-messaging/MessageChannel',
  '/apis/workers/Worker',
];

test.describe('no layout shift', () => {
  for (const path of PAGES_WITH_DEMOS) {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 720 }],
      ['phone', { width: 360, height: 740 }],
    ] as const) {
      test(`${path} on a ${name}: scrolling through, demos start without moving the page`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await recordLayoutShifts(page);
        await page.goto(path);
        expect(await page.locator('section.wp-demo').count()).toBeGreaterThan(0);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y <= height; y += 400) {
          await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
          await page.waitForTimeout(50);
        }
        await waitForDemos(page);
        // Let the demos' frames load and any late layout settle before reading the entries.
        await page.waitForTimeout(500);
        const found = await shifts(page);
        if (found.length > 0)
          console.log(
            JSON.stringify(
              await page.evaluate(
                () => (window as unknown as { wpShiftDetails: unknown }).wpShiftDetails
              )
            )
          );
        expect(found).toEqual([]);
      });
    }
  }

  test('jumping to a section below a demo keeps that section where the reader landed', async ({
    page,
  }) => {
    await recordLayoutShifts(page);
    await page.goto(FLAGSHIP);
    // The first heading that follows a demo: loading the demo must not push it away.
    const found = await page.evaluate(() => {
      const demos = [...document.querySelectorAll('section.wp-demo')];
      for (const heading of document.querySelectorAll('main h2[id], main h3[id]')) {
        if (heading.closest('.wp-demo')) continue;
        const demo = demos.findLast(
          (section) => section.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING
        );
        const demoId = demo?.querySelector('.wp-demo-heading')?.id;
        if (demoId) return { id: heading.id, demoId };
      }
      return null;
    });
    expect(found, 'a heading follows a demo on the flagship page').not.toBeNull();
    const { id, demoId } = found ?? { id: '', demoId: '' };
    await page.goto(`${FLAGSHIP}#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
    // The demo just above is within the loader's margin, so it starts.
    await expect(
      page.locator(`section.wp-demo:has([id="${demoId}"]) [data-wp-module]:has(> [data-wp-ui])`)
    ).toHaveAttribute('data-wp-ready', '');
    await page.waitForTimeout(500);
    const after = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(1);
    expect(await shifts(page)).toEqual([]);
  });
});
