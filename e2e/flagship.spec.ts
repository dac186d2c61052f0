import { expect, test } from '@playwright/test';
import { FLAGSHIP, chooseTheme, ids, requestsAfterReload } from './test-utils';

test.describe('the message event page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(FLAGSHIP);
  });

  test('has every section, in order, each with its anchor', async ({ page }) => {
    const sections = [
      'title',
      'status',
      'event-facts',
      'syntax',
      'event-properties',
      'examples',
      'security',
      'remarks',
      'specifications',
      'browser-compatibility',
      'see-also',
      'attribution',
    ];
    const all = await ids(page);
    const order = sections.map((id) => all.indexOf(id));
    expect(
      order.every((index) => index >= 0),
      `missing: ${sections.filter((_, i) => order[i] === -1)}`
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('message');
  });

  test('every "On this page" link leads to a heading on the page', async ({ page }) => {
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const hrefs = await toc
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(12);
    for (const href of hrefs) {
      await expect(page.locator(`${href}`)).toHaveCount(1);
    }
  });

  test('the event facts give the interface, bubbling, cancelation, the handler and the targets', async ({
    page,
  }) => {
    const facts = page.locator('section[aria-labelledby="event-facts"]');
    await expect(facts.locator('.wp-event-summary dt')).toHaveText([
      'Interface',
      'Bubbles',
      'Cancelable',
      'Synchronous',
      'Event handler property',
    ]);
    await expect(facts.getByRole('link', { name: 'MessageEvent' }).first()).toHaveAttribute(
      'href',
      '/apis/web-messaging/MessageEvent'
    );
    const targets = await facts.locator('.wp-event-targets td code').allTextContents();
    for (const target of [
      'Window',
      'Worker',
      'DedicatedWorkerGlobalScope',
      'MessagePort',
      'BroadcastChannel',
      'EventSource',
      'WebSocket',
      'ServiceWorkerContainer',
      'RTCDataChannel',
    ]) {
      expect(targets).toContain(target);
    }
  });

  test('the properties table has the five MessageEvent properties, each typed and linked', async ({
    page,
  }) => {
    const table = page.getByRole('table', { name: /Properties of MessageEvent/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.locator('th')).toHaveText([
      'data',
      'origin',
      'lastEventId',
      'source',
      'ports',
    ]);
    for (const link of await rows.locator('th a').all()) {
      await expect(link).toHaveAttribute(
        'href',
        /^https:\/\/html\.spec\.whatwg\.org\/.*#dom-messageevent-/
      );
    }
    for (const cell of await rows.locator('td:nth-child(2)').all()) {
      await expect(cell).not.toBeEmpty();
    }
  });

  test('examples are modern: addEventListener, an origin check and a target origin, no IE-era code outside History', async ({
    page,
  }) => {
    const examples = (await page.locator('main pre').allTextContents()).join('\n');
    expect(examples).toContain("addEventListener('message'");
    expect(examples).toContain(
      "postMessage({ type: 'greeting', text: 'Hello' }, 'https://widgets.example')"
    );
    expect(examples).toContain('allowedOrigins.has(event.origin)');
    expect(examples).not.toMatch(/attachEvent|e\.domain|innerHTML|eval\(/);
    await expect(page.getByRole('complementary', { name: /^History:/ })).toContainText(
      'attachEvent'
    );
  });

  test('the security warning is a prominent, labelled warning', async ({ page }) => {
    const warning = page.getByRole('complementary', { name: /^Warning:/ });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('exact allow-list');
    await expect(warning).toContainText('"*"');
    const style = await warning.evaluate((el) => getComputedStyle(el).borderInlineStartWidth);
    expect(parseFloat(style)).toBeGreaterThanOrEqual(4);
  });

  test('the examples have live demos in place, each with the code it runs', async ({ page }) => {
    for (const id of ['demo-cross-document', 'demo-worker', 'demo-channel', 'playground-channel']) {
      const demo = page.locator(`section.wp-demo:has(#${id})`);
      await expect(demo).toHaveCount(1);
      await expect(demo.locator('.wp-demo-source')).toHaveCount(1);
    }
  });

  test('the specifications’ full data shows in place on opening, fetched only then', async ({
    page,
  }) => {
    const fetched = await requestsAfterReload(page);
    expect(fetched.filter((path) => path.startsWith('/event-data/'))).toEqual([]);
    const data = page.locator('.wp-event-facts details');
    await data.locator('summary').click();
    await expect(data.getByRole('table', { name: /^Every definition of message/ })).toBeVisible();
    await expect(data).toContainText('onmessage is declared on');
    // The same rows as the data's own page.
    const own = await page.context().newPage();
    await own.goto('/event-data/message');
    const rows = (locator: typeof data) =>
      locator.locator('table').last().locator('tbody tr').allInnerTexts();
    expect(await rows(data)).toEqual(await rows(own.locator('details.wp-event-data')));
    expect((await rows(data)).length).toBeGreaterThan(3);
    await own.close();
    expect(fetched.filter((path) => path.startsWith('/event-data/'))).toHaveLength(1);
  });

  test('without JavaScript the specifications’ full data is one link away', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(FLAGSHIP);
    const data = page.locator('.wp-event-facts details');
    await data.locator('summary').click();
    await data.getByRole('link', { name: 'The specifications’ data on its own page' }).click();
    await expect(page).toHaveURL(/\/event-data\/message\/?$/);
    await expect(
      page.getByRole('table', { name: /^Every definition of message/ }).locator('tbody tr')
    ).not.toHaveCount(0);
    // It names the pages on this event, the flagship among them.
    await expect(page.locator(`main li a[href="${FLAGSHIP}"]`)).toHaveText('message');
    await context.close();
  });

  test('attribution names the WebPlatform page and its license', async ({ page }) => {
    const attribution = page.locator('section[aria-labelledby="attribution"]');
    await expect(
      attribution.getByRole('link', { name: 'message · WebPlatform Docs' })
    ).toBeVisible();
    await expect(attribution.getByRole('link', { name: 'CC BY 3.0' })).toHaveAttribute(
      'rel',
      'license'
    );
  });

  test('code is highlighted in the light theme and in the dark theme', async ({ page }) => {
    const keyword = page.locator('pre.astro-code span', { hasText: /^const$/ }).first();
    const colours = async () =>
      page
        .locator('pre.astro-code')
        .first()
        .evaluate((pre) => {
          const spans = [...pre.querySelectorAll('code span')];
          return new Set(spans.map((s) => getComputedStyle(s).color)).size;
        });

    await chooseTheme(page, 'light');
    const light = await keyword.evaluate((el) => getComputedStyle(el).color);
    expect(await colours()).toBeGreaterThan(2);

    await chooseTheme(page, 'dark');
    const dark = await keyword.evaluate((el) => getComputedStyle(el).color);
    expect(await colours()).toBeGreaterThan(2);

    expect(light).not.toBe(dark);
    const background = await page
      .locator('pre.astro-code')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
  });
});
