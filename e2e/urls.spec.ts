import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FLAGSHIP, axeViolations } from './test-utils';

/**
 * URLs that never break: every other spelling of a page's URL reaches it, with its #fragment
 * and query — by a redirect page (aliases, MDN URLs of its features) or by the 404 page, which
 * resolves what the host had no file for.
 */
const reaches: [from: string, to: string][] = [
  // Letter case, trailing slash, the old webplatform.github.io shape.
  ['/dom/window/message', FLAGSHIP],
  ['/dom/Window/message/', FLAGSHIP],
  ['/docs/dom/Window/message', FLAGSHIP],
  ['/docs/dom/Window/message/', FLAGSHIP],
  // MDN URLs of the page's features: written as redirect pages, or resolved in other shapes.
  ['/en-US/docs/Web/API/Worker/message_event', FLAGSHIP],
  ['/en-US/docs/Web/API/BroadcastChannel/message_event', FLAGSHIP],
  ['/en-us/docs/Web/API/Worker/message_event', FLAGSHIP],
  ['/docs/Web/API/Worker/message_event', FLAGSHIP],
  ['/Web/API/Worker/message_event', FLAGSHIP],
  ['/fr/docs/Web/API/MessagePort', '/apis/web-messaging/MessagePort'],
  // The URLs MDN's pages had before they moved (since March 2025), which links still use.
  ['/en-US/docs/Web/CSS/color', '/css/properties/color'],
  ['/en-US/docs/Web/HTML/Element/video', '/html/elements/video'],
  ['/en-us/docs/Web/HTTP/Headers/Content-Disposition', '/http/headers/Content-Disposition'],
  // Curated aliases.
  ['/Web/API/Window/message_event', FLAGSHIP],
  ['/dom/events/message', FLAGSHIP],
  ['/en-US/docs/Web/API/Worker/postMessage', '/apis/workers/Worker'],
];

for (const [from, to] of reaches) {
  test(`${from} reaches ${to}, keeping the fragment and query`, async ({ page }) => {
    await page.goto(`${from}?from=test#security`);
    await expect(page).toHaveURL(`${to}?from=test#security`);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
  });
}

test('a link made for MDN’s page opens this one at the same section (MDN ids use "_")', async ({
  page,
}) => {
  await page.goto('/en-US/docs/Web/API/Window/message_event#browser_compatibility');
  await expect(page).toHaveURL(`${FLAGSHIP}#browser-compatibility`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Browser compatibility' })
  ).toBeInViewport();
});

test('a redirect page goes on without JavaScript too (meta refresh)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en-US/docs/Web/API/Worker/message_event');
  await expect(page).toHaveURL(FLAGSHIP);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('message');
  await context.close();
});

test('a redirect page answers 200, and asks not to be indexed', async ({ request }) => {
  const response = await request.get('/Web/API/Window/message_event', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain(`<a id="wp-redirect" href="${FLAGSHIP}">message</a>`);
});

test.describe('the 404 page', () => {
  test('answers 404, and suggests the nearest pages with the search box filled in', async ({
    page,
  }) => {
    const response = await page.goto('/dom/Window/mesage');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const suggestions = page.getByRole('region', { name: 'Pages with a similar address' });
    await expect(suggestions.getByRole('link').first()).toHaveText('message');
    await expect(suggestions.getByRole('link').first()).toHaveAttribute('href', FLAGSHIP);
    await expect(page.getByRole('searchbox', { name: 'Search the reference' })).toHaveValue(
      'mesage'
    );
  });

  test('its search button searches the address’s words', async ({ page }) => {
    await page.goto('/apis/workers/MessageChannel');
    await page.getByRole('button', { name: 'Search the reference for “MessageChannel”' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the reference' })).toBeFocused();
    await expect(
      page.getByRole('region', { name: 'Search results' }).getByRole('link', {
        name: 'MessageChannel',
        exact: true,
      })
    ).toHaveAttribute('href', '/apis/web-messaging/MessageChannel');
  });

  test('says where it goes when it resolves an address', async ({ page }) => {
    // The status is replaced by the page at once: record what it said as it changed.
    const said: string[] = [];
    page.on('console', (message) => said.push(message.text()));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const status = document.querySelector('[data-wp-status]');
        if (status?.textContent) console.log(status.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/DOM/WINDOW/MESSAGE');
    await expect(page).toHaveURL(FLAGSHIP);
    expect(said).toContain('Going to message — It is the page’s address in other letter case.');
  });

  test('at the address of a page the server did not find, says so instead of looping', async ({
    page,
  }) => {
    // A server set up for the other output layout answers a page's own URL with the 404 page.
    await page.route(`**${FLAGSHIP}`, (route) =>
      route.fulfill({ status: 404, path: 'dist/404.html', contentType: 'text/html' })
    );
    await page.goto(FLAGSHIP);
    await expect(page.getByRole('status').filter({ hasText: 'The page' })).toHaveText(
      'The page message belongs at this address, but the server did not find its file.'
    );
    await expect(page).toHaveURL(FLAGSHIP);
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/dom/Window/mesage');
    await expect(page.getByRole('region', { name: 'Pages with a similar address' })).toBeVisible();
    expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  });
});

test.describe('a plain static server (python3 -m http.server over dist/)', () => {
  let server: ChildProcess | undefined;
  let origin = '';

  test.beforeAll(async () => {
    server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'], {
      cwd: resolve('dist'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [line] = (await once(server.stdout ?? server, 'data')) as [Buffer];
    const port = /port (\d+)/.exec(line.toString())?.[1];
    if (!port) throw new Error(`python3 -m http.server said: ${line.toString()}`);
    origin = `http://127.0.0.1:${port}`;
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('serves a page at its URL without an extension', async ({ request }) => {
    const response = await request.get(`${origin}${FLAGSHIP}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    expect(await response.text()).toContain('<h1');
  });

  test('serves an alias’s redirect page, which goes on to the page with its fragment', async ({
    page,
  }) => {
    await page.goto(`${origin}/en-US/docs/Web/API/Worker/message_event#security`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('message');
    await expect(page).toHaveURL(/\/dom\/Window\/message\/?#security$/);
  });

  test('serves a folder without a page of its own as the index of its pages, not a file listing', async ({
    page,
  }) => {
    await page.goto(`${origin}/dom/Document/createElement`);
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('link', { name: 'Document' })
      .click();
    await expect(page).toHaveURL(/\/dom\/Document\/?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Document');
    await expect(page.getByText('Directory listing')).toHaveCount(0);
    expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
    await expect(
      page.getByRole('main').getByRole('link', { name: 'createElement', exact: true })
    ).toHaveAttribute('href', '/dom/Document/createElement');
  });

  test('serves the JSON view of a page', async ({ request }) => {
    const response = await request.get(`${origin}${FLAGSHIP}.json`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ url: FLAGSHIP });
  });
});
