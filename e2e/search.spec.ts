import { expect, test } from '@playwright/test';
import { FLAGSHIP, openDemo, watchForProblems } from './test-utils';

test.describe('search', () => {
  for (const [query, title, href] of [
    ['postMessage', 'Window.postMessage()', '/dom/Window/postMessage'],
    ['MessageEvent', 'message', FLAGSHIP],
  ] as const) {
    test(`finds the ${title} page for "${query}"`, async ({ page }) => {
      const problems = await watchForProblems(page);
      await page.goto('/');
      const box = page.getByRole('searchbox', { name: 'Search the reference' });
      await box.fill(query);
      const results = page.getByRole('region', { name: 'Search results' });
      const link = results.getByRole('link', { name: title, exact: true });
      await expect(link).toHaveAttribute('href', href);
      // Each result says where its page is (pages of the same title differ by their path).
      const item = results
        .locator('li')
        .filter({ has: page.getByRole('link', { name: title, exact: true }) });
      await expect(item.locator('.wp-search-path')).toHaveText(href);
      await expect(results.locator('mark').first()).toBeVisible();
      // The count says how many of the matches are shown (a few of the many the word finds).
      await expect(results.locator('.wp-search-count')).toHaveText(
        /^The best \d+ of \d+ results for “.+”\.$/
      );
      expect(await problems()).toEqual([]);
    });
  }

  test('shows more than the best results on request, moving focus to the first added', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the reference' }).fill('event');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('listitem')).toHaveCount(8);
    const total = Number(
      /of (\d+) results/.exec((await results.locator('.wp-search-count').textContent()) ?? '')?.[1]
    );
    expect(total).toBeGreaterThan(18);
    await results.getByRole('button', { name: /^Show 10 more \(\d+ not shown yet\)$/ }).click();
    await expect(results.getByRole('listitem')).toHaveCount(18);
    await expect(results.locator('.wp-search-count')).toHaveText(
      `The best 18 of ${total} results for “event”.`
    );
    await expect(results.getByRole('listitem').nth(8).getByRole('link')).toBeFocused();
    // No result shows twice.
    const hrefs = await results
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(18);
  });

  test('puts pages titled by the query first, the reviewed one before the wiki’s', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the reference' }).fill('MessagePort');
    const links = page.getByRole('region', { name: 'Search results' }).getByRole('link');
    await expect(links.first()).toHaveAttribute('href', '/apis/web-messaging/MessagePort');
  });

  test('ranks a page whose title matches above pages that only mention it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the reference' }).fill('BroadcastChannel');
    const first = page.getByRole('region', { name: 'Search results' }).getByRole('link').first();
    await expect(first).toHaveText('BroadcastChannel');
  });

  test('"/" focuses the search box, and search code loads only then', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(FLAGSHIP);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search the reference' })).toBeFocused();
    await expect.poll(() => scripts.some((path) => path.includes('search.element'))).toBe(true);
    await page.keyboard.type('worker');
    await expect(
      page
        .getByRole('region', { name: 'Search results' })
        .getByRole('link', { name: 'Worker', exact: true })
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Search results' })).toBeHidden();
  });

  test('typing "/" in a field types it instead', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const field = (await openDemo(page, 'demo-cross-document')).getByLabel('Message text');
    await field.fill('');
    await field.press('/');
    await expect(field).toHaveValue('/');
  });
});
