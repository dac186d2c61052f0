import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FLAGSHIP, axeViolations } from './test-utils';

test.describe('compatibility, specifications and Baseline on the flagship page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(FLAGSHIP);
  });

  test('the table has grouped browser columns and a row for each of the page’s keys', async ({
    page,
  }) => {
    const table = page.getByRole('table', { name: /Support for this page's features/ });
    await expect(table.locator('thead th[scope="colgroup"]')).toHaveText([
      'Desktop',
      'Mobile',
      'Server',
    ]);
    await expect(table.locator('thead tr').nth(1).locator('th')).toHaveText([
      'Chrome',
      'Edge',
      'Firefox',
      'Safari',
      'Opera',
      'Chrome Android',
      'Firefox for Android',
      'Safari on iOS',
      'Samsung Browser',
      'WebView Android',
      'Deno',
      'Node.js',
    ]);
    const rows = await table.locator('tbody th[scope="row"]').allTextContents();
    for (const label of [
      'Window.message event',
      'Worker.message event',
      'MessagePort.message event',
      'BroadcastChannel.message event',
    ]) {
      expect(rows.map((r) => r.trim())).toContain(label);
    }
  });

  test('a cell with details opens with the keyboard and shows its notes', async ({ page }) => {
    const details = page.locator('table.wp-compat details').first();
    const summary = details.locator('summary');
    await summary.focus();
    await expect(summary).toBeFocused();
    await expect(details.locator('.wp-cell-details')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await expect(details.locator('.wp-cell-details')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(details).not.toHaveAttribute('open', '');
  });

  test('the specifications table titles every link from web-specs', async ({ page }) => {
    const rows = page.locator('section[aria-labelledby="specifications"] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    // The HTML Standard, and Service Workers for ServiceWorkerContainer's message event.
    const specs = {
      HTML: /^https:\/\/html\.spec\.whatwg\.org\/multipage\/.+#.+/,
      'Service Workers': /^https:\/\/w3c\.github\.io\/ServiceWorker\/#.+/,
    };
    for (const row of await rows.all()) {
      const title = (await row.locator('td').first().textContent())?.trim() ?? '';
      expect(Object.keys(specs)).toContain(title);
      await expect(row.getByRole('link')).toHaveAttribute(
        'href',
        specs[title as keyof typeof specs]
      );
    }
  });

  test('the Baseline line names its status and web-features ids', async ({ page }) => {
    await expect(page.locator('.wp-baseline')).toContainText(
      /Baseline: (Widely available since \d{4}-\d\d-\d\d|Newly available since \d{4}-\d\d-\d\d|Limited availability)/
    );
    await expect(page.locator('.wp-baseline code').first()).toHaveText(/^[a-z0-9-]+$/);
  });

  test('the page loads no JavaScript file until the reader asks for the browser check', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);

    const check = page.getByRole('button', { name: 'Check this browser' });
    await check.click();
    await expect(page.getByRole('status').filter({ hasText: 'This browser:' })).toHaveText(
      /This browser: \d+ detected, 0 not detected\./
    );
    // Scrolling to the button also loads the contents list's module (TableOfContents.astro).
    expect(scripts.filter((url) => url.includes('browser-check'))).toHaveLength(1);
    const column = page.locator('td.wp-your-browser').first();
    await expect(column).toBeVisible();
    await expect(column).toHaveText('✓ Detected');
    await expect(page.locator('td.wp-your-browser', { hasText: 'Not testable here' })).toHaveCount(
      1
    );
  });

  test('the browser check’s button is not offered without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(FLAGSHIP);
    await expect(page.getByRole('button', { name: 'Check this browser' })).toBeHidden();
    await expect(
      page.getByRole('table', { name: /Support for this page's features/ })
    ).toBeVisible();
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the compatibility section has no axe violations in the ${theme} theme, details open`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.reload();
      for (const details of await page.locator('table.wp-compat details').all())
        await details.evaluate((d) => d.setAttribute('open', ''));
      expect(
        await axeViolations(
          new AxeBuilder({ page }).include('section[aria-labelledby="browser-compatibility"]')
        )
      ).toEqual([]);
    });
  }
});

test('every reference page has a compatibility table and specifications', async ({ page }) => {
  for (const path of [
    '/apis/web-messaging/MessageEvent',
    '/dom/Window/postMessage',
    '/apis/workers/Worker',
    '/dom/Window/messageerror',
  ]) {
    await page.goto(path);
    await expect(page.locator('table.wp-compat tbody tr').first()).toBeVisible();
    await expect(
      page.locator('section[aria-labelledby="specifications"] tbody tr').first()
    ).toBeVisible();
  }
});
