import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FLAGSHIP, chooseTheme, axeViolations } from './test-utils';

test('an MDN-style alias reaches the canonical page', async ({ page }) => {
  await page.goto('/Web/API/Window/message_event');
  await expect(page).toHaveURL(FLAGSHIP);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('message');
  await page.goto('/en-US/docs/Web/API/MessageEvent');
  await expect(page).toHaveURL('/apis/web-messaging/MessageEvent');
});

test('the home page features the reviewed pages and every area with its size', async ({ page }) => {
  await page.goto('/');
  const reviewed = page.getByRole('region', { name: 'Reviewed pages' });
  for (const name of [
    'message',
    'messageerror',
    'Window.postMessage()',
    'MessageEvent',
    'MessagePort',
    'MessageChannel',
    'BroadcastChannel',
    'Worker',
  ]) {
    await expect(reviewed.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(reviewed.getByText('Reviewed', { exact: true })).toHaveCount(8);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Reviewed pages');
  // Every area, with its size, the areas with reviewed pages first.
  const allAreas = page.getByRole('region', { name: 'All areas' });
  await expect(allAreas.getByRole('listitem').first()).toContainText(/\d+ pages?/);
  const names = await allAreas.locator('.wp-card-title').allTextContents();
  expect(
    names
      .map((name) => name.trim())
      .slice(0, 2)
      .toSorted()
  ).toEqual(['DOM', 'Web APIs']);
});

test('an unknown URL gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/dom/Window/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'list of reference pages' })).toHaveAttribute(
    'href',
    '/'
  );
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(FLAGSHIP);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${FLAGSHIP}#main-content`);
});

test('the sidebar marks the current page', async ({ page }) => {
  await page.goto(FLAGSHIP);
  const nav = page.getByRole('navigation', { name: 'Reference' });
  await expect(nav.locator('[aria-current="page"]')).toHaveText('message');
});

test.describe('themes', () => {
  test('follow the system setting by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(FLAGSHIP);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    ).toBe('rgb(18, 21, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    ).toBe('rgb(255, 255, 255)');
  });

  test('a chosen theme wins over the system and persists across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(FLAGSHIP);
    await chooseTheme(page, 'dark');
    await page.goto('/apis/web-messaging/MessageEvent');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    await chooseTheme(page, 'auto');
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`the flagship page has no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(FLAGSHIP);
    expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  });
}

test('an area index lists every page of the area by group, and the sidebar links to it', async ({
  page,
}) => {
  await page.goto(FLAGSHIP);
  const nav = page.getByRole('navigation', { name: 'Reference' });
  await nav.getByRole('link', { name: 'DOM', exact: true }).click();
  await expect(page).toHaveURL('/dom');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DOM');
  await expect(page.locator('#group-Window')).toHaveText('Window');
  const group = page.getByRole('region', { name: 'Window', exact: true });
  for (const name of ['message', 'messageerror', 'Window.postMessage()']) {
    await expect(group.getByRole('link', { name, exact: true })).toBeVisible();
  }
  // The best-reviewed pages come first, as cards.
  await expect(
    page.getByRole('region', { name: 'Best-reviewed pages' }).getByRole('link').first()
  ).toBeVisible();
  // On its own index, the area is the current page of the sidebar.
  await expect(nav.getByRole('link', { name: 'DOM', exact: true })).toHaveAttribute(
    'aria-current',
    'page'
  );
});
