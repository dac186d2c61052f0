import { expect, type Locator, type Page } from '@playwright/test';
import type AxeBuilder from '@axe-core/playwright';

/** The flagship page's URL. */
export const FLAGSHIP = '/dom/Window/message';

/** Every element id on the page, in document order. */
export function ids(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
}

/** Picks a theme with the header's theme select, as a reader would. */
export async function chooseTheme(page: Page, theme: 'auto' | 'light' | 'dark'): Promise<void> {
  await page.getByLabel('Theme').selectOption(theme);
}

/**
 * Records console errors and CSP violations in the page and all its frames, so each test can
 * assert there were none.
 */
export async function watchForProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return async () => problems;
}

/** The demo section whose heading has this id, scrolled into view and started. */
export async function openDemo(page: Page, id: string): Promise<Locator> {
  const section = page.locator(`section.wp-demo:has(#${id})`);
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('[data-wp-ui]')).toBeVisible();
  return section;
}

/** An axe run's violations as "rule: targets" lines, for readable assertions. */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  );
}

/**
 * Reloads the page and lists the path of every request from then on: what the page fetches at
 * load and idle (nothing on demand yet), then what the test's actions fetch.
 */
export async function requestsAfterReload(page: Page): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.reload();
  await page.waitForLoadState('networkidle');
  return fetched;
}
