import { expect, test } from '@playwright/test';
import { FLAGSHIP } from './test-utils';

test('breadcrumbs lead from the page back to its group, area and home', async ({ page }) => {
  await page.goto(FLAGSHIP);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'DOM', 'Window']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('message');
  await crumbs.getByRole('link', { name: 'Window' }).click();
  // The group's own page: the wiki's Window interface page.
  await expect(page).toHaveURL('/dom/Window');
});

test('previous and next link the pages of a group in order', async ({ page }) => {
  await page.goto(FLAGSHIP);
  const pagination = page.getByRole('navigation', { name: 'Previous and next pages' });
  await pagination.getByRole('link', { name: /messageerror/ }).click();
  await expect(page).toHaveURL('/dom/Window/messageerror');
  await expect(
    page.getByRole('navigation', { name: 'Previous and next pages' }).locator('a[rel="prev"]')
  ).toHaveAttribute('href', FLAGSHIP);
});

test('each page names its source file and when it last changed', async ({ page }) => {
  await page.goto(FLAGSHIP);
  const meta = page.locator('.wp-page-meta');
  await expect(meta).toContainText('src/content/reference/dom/Window/message.mdx');
  await expect(meta.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
});

test('headings of the prose have self-links, and the contents list follows the reader', async ({
  page,
}) => {
  await page.goto(FLAGSHIP);
  await expect(page.getByRole('link', { name: 'Link to the section “Security”' })).toHaveAttribute(
    'href',
    '#security'
  );
  await expect(page.getByRole('heading', { name: 'Security', exact: true })).toBeVisible();
  // A page without live demos, whose panels would change the layout as they load.
  await page.goto('/apis/web-messaging/MessageEvent');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await page.evaluate(() => document.getElementById('methods')?.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Methods');
  await page.evaluate(() =>
    document.getElementById('properties')?.scrollIntoView({ block: 'start' })
  );
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Properties');
});

test('every page links its JSON view, which carries the data the page shows', async ({
  page,
  request,
}) => {
  await page.goto(FLAGSHIP);
  await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute(
    'href',
    `${FLAGSHIP}.json`
  );
  const link = page.locator('.wp-page-meta').getByRole('link', { name: 'This page as JSON' });
  await expect(link).toHaveAttribute('href', `${FLAGSHIP}.json`);

  const response = await request.get(`${FLAGSHIP}.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const json = await response.json();
  expect(json).toMatchObject({ format: 1, url: FLAGSHIP, title: 'message', kind: 'event' });
  expect(json.event.interface).toBe('MessageEvent');
  // The compatibility table: per key, per browser, with versions.
  const windowEvent = json.compat.features.find(
    (feature: { key: string }) => feature.key === 'api.Window.message_event'
  );
  expect(windowEvent.support.chrome[0]).toMatchObject({ state: 'full', versionAdded: '60' });
  expect(json.compat.browsers.map((browser: { id: string }) => browser.id)).toContain('safari');
  // Specifications with their titles, and Baseline, as the page shows them.
  expect(json.specs).toContainEqual({
    title: 'HTML',
    url: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
    section: 'The message event',
  });
  expect(json.baseline).toMatchObject({
    status: 'high',
    featureIds: expect.arrayContaining(['postmessage']),
  });
  await expect(page.getByText('Widely available')).toBeVisible();
});

test('pages carry link-preview metadata, and no canonical URL when the build has no origin', async ({
  page,
}) => {
  await page.goto(FLAGSHIP);
  // The test build has no SITE_URL: a relative canonical would mislead crawlers (builds.test.ts
  // checks the absolute one a build with SITE_URL writes).
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'message');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    /message event fires/
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('the print stylesheet hides the chrome and the demos', async ({ page }) => {
  await page.goto(FLAGSHIP);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.wp-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Reference' })).toBeHidden();
  await expect(page.locator('section.wp-demo').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a heading link also copies the section’s URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto(FLAGSHIP);
  await page.getByRole('link', { name: 'Link to the section “Security”' }).click();
  await expect(page).toHaveURL(`${FLAGSHIP}#security`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(baseURL ?? '').origin}${FLAGSHIP}#security`
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Link to the section copied.' })
  ).toHaveCount(1);
});
