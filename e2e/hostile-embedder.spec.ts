import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { headersForPath } from '../src/lib/security/headers';
import { FLAGSHIP, openDemo } from './test-utils';

/**
 * The site as another website sees it. The site is served at http://127.0.0.1:<port>; a page
 * at http://localhost:<port> is another site (another origin, another site for storage), and
 * frames the site's documents as it likes, then posts them every message the demos understand.
 * The hostile page is served by a second small server that the test starts.
 */

/** Code that, if it ran anywhere, would say where, change the frame and store something. */
const ATTACK = [
  "for (const target of [parent, top]) target.postMessage('ran:' + self.origin, '*');",
  "document.title = 'pwned';",
  "try { localStorage.setItem('pwned', '1'); } catch {}",
].join('\n');

/** A sample of every message type of src/demos/protocol.ts, hostile where it can be. */
function everyMessage(frameCount: number): unknown[] {
  return [
    { wp: 'configure', checkOrigin: false },
    { wp: 'run', runId: 'hostile', code: ATTACK },
    { type: 'greeting', text: 'from a hostile page' },
    ...Array.from({ length: frameCount }, (_, frameIndex) => ({
      wp: 'send-as-sandboxed',
      frameIndex,
      text: 'through the sender',
    })),
    { type: 'reply', text: 'spoofed reply' },
    { wp: 'report', verdict: 'accepted', reason: 'spoofed', rows: [] },
    { wp: 'sandboxed', event: 'reply', detail: 'spoofed' },
    { wp: 'runner-ready' },
    { wp: 'output', runId: 'hostile', lines: [{ level: 'log', text: 'spoofed' }], more: 0 },
    { wp: 'progress', runId: 'hostile', timers: 0, animationFrames: 0 },
    { wp: 'finished', runId: 'hostile', quietMs: 0 },
    { kind: 'echo', value: 'spoofed' },
  ];
}

const FRAMES = ['receiver', 'sandboxed-sender', 'runner'] as const;
const SANDBOXES = {
  'no sandbox': undefined,
  'sandbox allow-scripts allow-same-origin': 'allow-scripts allow-same-origin',
  'sandbox allow-scripts': 'allow-scripts',
} as const;

/** The hostile page: it records every message it gets, and frames and posts on request. */
const HOSTILE_PAGE = `<!doctype html><title>Hostile</title><script>
  window.received = [];
  addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }));
  window.frameAll = (urls, sandbox, width = 300, height = 150) => Promise.all(urls.map((url) =>
    new Promise((resolve) => {
      const frame = document.createElement('iframe');
      if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
      frame.width = width;
      frame.height = height;
      frame.addEventListener('load', resolve, { once: true });
      frame.src = url;
      document.body.append(frame);
    })));
  window.postEverywhere = (messages) => {
    const windows = [];
    const walk = (w) => { for (let i = 0; i < w.length; i++) { windows.push(w[i]); walk(w[i]); } };
    walk(window);
    for (const w of windows) for (const message of messages) w.postMessage(message, '*');
    return windows.length;
  };
</script>`;

// The hostile site: its own server (a page the test fulfilled itself would count as a public
// address, and Chromium would refuse it frames on this loopback server).
let hostileServer: Server;
test.beforeAll(async () => {
  hostileServer = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end(HOSTILE_PAGE);
  });
  await new Promise<void>((resolve) => hostileServer.listen(0, resolve));
});
test.afterAll(() => new Promise<void>((resolve) => hostileServer.close(() => resolve())));

/** The site's origin, and the hostile site's: localhost is another site than 127.0.0.1. */
function hostileOrigin(baseURL: string | undefined): { site: string; hostile: string } {
  const site = new URL(baseURL ?? '').origin;
  expect(new URL(site).hostname).toBe('127.0.0.1');
  const hostile = `http://localhost:${(hostileServer.address() as AddressInfo).port}`;
  return { site, hostile };
}

/** Opens the hostile page (see HOSTILE_PAGE). */
async function openHostilePage(page: Page, hostile: string): Promise<void> {
  await page.goto(`${hostile}/hostile`);
}

/** The hostile page's helpers (HOSTILE_PAGE), as its window has them. */
interface HostileWindow {
  received: unknown[];
  frameAll(urls: string[], sandbox?: string, width?: number, height?: number): Promise<void>;
  postEverywhere(messages: unknown[]): number;
}

/** Has the hostile page frame each URL (with a sandbox, at a size) and waits for them to load. */
function frameAll(
  page: Page,
  urls: string[],
  { sandbox, width = 300, height = 150 }: { sandbox?: string; width?: number; height?: number } = {}
): Promise<void> {
  return page.evaluate(
    ({ urls, sandbox, width, height }) =>
      (window as unknown as HostileWindow).frameAll(urls, sandbox, width, height),
    { urls, sandbox, width, height }
  );
}

/** Has the hostile page post each message to every frame it can reach; returns how many. */
function postEverywhere(page: Page, messages: unknown[]): Promise<number> {
  return page.evaluate(
    (messages) => (window as unknown as HostileWindow).postEverywhere(messages),
    messages
  );
}

/** Every message the hostile page has received. */
function received(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as HostileWindow).received);
}

/** The frames of a page whose URL is on the site. */
const siteFrames = (page: Page, site: string): Frame[] =>
  page.frames().filter((frame) => frame.url().startsWith(site));

test.describe('a hostile website framing the demo frames', () => {
  for (const [name, sandbox] of Object.entries(SANDBOXES)) {
    test(`frames every demo frame (${name}) and sends every message: nothing runs, nothing is trusted, nothing is stored`, async ({
      page,
      baseURL,
    }) => {
      const { site, hostile } = hostileOrigin(baseURL);
      await openHostilePage(page, hostile);
      await frameAll(
        page,
        FRAMES.map((frame) => `${site}/demo-frames/${frame}`),
        sandbox === undefined ? {} : { sandbox }
      );
      const frames = siteFrames(page, site);
      expect(frames).toHaveLength(FRAMES.length);
      // Spies in each frame: any reply or greeting that reaches a frame is recorded there. A
      // capturing listener runs before the frame's own (non-capturing) ones, even those that
      // stop the event.
      for (const frame of frames) {
        await frame.evaluate(() => {
          (window as unknown as { spied: unknown[] }).spied = [];
          addEventListener(
            'message',
            (event) => (window as unknown as { spied: unknown[] }).spied.push(event.data),
            { capture: true }
          );
        });
      }
      const reached = await postEverywhere(page, everyMessage(FRAMES.length));
      expect(reached).toBe(FRAMES.length);
      // Long enough for a run to start and report, or a greeting to be answered.
      await page.waitForTimeout(1500);

      // Nothing ran, and no frame said anything to the hostile page.
      expect(await received(page)).toEqual([]);
      for (const frame of frames) {
        const state = await frame.evaluate(() => ({
          title: document.title,
          origin: self.origin,
          refused: document.querySelector('[data-wp-refused]')?.textContent ?? '',
          stored: (() => {
            try {
              return localStorage.getItem('pwned');
            } catch {
              return 'storage blocked';
            }
          })(),
          // What reached the spy other than the hostile page's own messages: a reply or report.
          answers: (
            window as unknown as { spied: { type?: string; wp?: string; text?: string }[] }
          ).spied.filter(
            (data) =>
              (data?.type === 'reply' && data.text !== 'spoofed reply') ||
              (data?.type === 'greeting' && data.text === 'through the sender')
          ),
        }));
        expect(state.title, frame.url()).not.toBe('pwned');
        expect(state.stored, frame.url()).not.toBe('1');
        expect(state.answers, frame.url()).toEqual([]);
        // A frame with the site's origin under another site, or a sandboxed receiver, says why
        // it does nothing.
        const mustRefuse = frame.url().endsWith('/receiver') || state.origin !== 'null';
        if (mustRefuse)
          expect(state.refused, frame.url()).toMatch(/^This frame does nothing here: /);
      }
      // Nothing reached the site's own storage either.
      await page.goto(`${site}/`);
      expect(await page.evaluate(() => localStorage.getItem('pwned'))).toBeNull();
    });
  }

  test('frames a page of the site and posts every message to it and its demo frames: nothing runs or is accepted', async ({
    page,
    baseURL,
  }) => {
    const { site, hostile } = hostileOrigin(baseURL);
    await openHostilePage(page, hostile);
    await frameAll(page, [`${site}${FLAGSHIP}`], { width: 1200, height: 800 });
    const flagship = siteFrames(page, site)[0];
    if (!flagship) throw new Error('the flagship page did not load in the frame');
    // The demos start as the reader scrolls to them, in the framed page too.
    for (const id of ['demo-cross-document', 'playground-channel']) {
      const demo = flagship.locator(`section.wp-demo:has(#${id})`);
      await demo.scrollIntoViewIfNeeded();
      await expect(demo.locator('[data-wp-ui]')).toBeVisible();
    }
    await expect
      .poll(
        () => siteFrames(page, site).filter((frame) => frame.url().includes('/demo-frames/')).length
      )
      .toBeGreaterThanOrEqual(3);
    const reached = await postEverywhere(page, everyMessage(8));
    expect(reached).toBeGreaterThanOrEqual(4);
    await page.waitForTimeout(1500);
    expect(await received(page)).toEqual([]);
    const cross = flagship.locator('section.wp-demo:has(#demo-cross-document)');
    // Nothing accepted, and nothing from the hostile page shown in the demo's log.
    await expect(cross.locator('[data-wp-log] li').filter({ hasText: 'Accepted' })).toHaveCount(0);
    await expect(cross.locator('[data-wp-log] li').filter({ hasText: hostile })).toHaveCount(0);
    await expect(cross.locator('[data-wp-log] li').filter({ hasText: 'spoof' })).toHaveCount(0);
    const playground = flagship.locator('section.wp-demo:has(#playground-channel)');
    await expect(playground.locator('[data-wp-control="output"] li')).toHaveCount(0);
  });
});

test.describe('a page of the site framed by another site where storage is blocked', () => {
  test('no uncaught error, and the theme select still works for the page', async ({
    page,
    baseURL,
  }) => {
    const { site, hostile } = hostileOrigin(baseURL);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    await openHostilePage(page, hostile);
    // Sandboxed without allow-same-origin: an opaque origin, whose storage throws SecurityError
    // on every access, as a browser that blocks third-party storage does.
    await frameAll(page, [`${site}${FLAGSHIP}`], {
      sandbox: 'allow-scripts allow-forms',
      width: 1000,
      height: 400,
    });
    const framed = siteFrames(page, site)[0];
    if (!framed) throw new Error('the page did not load in the frame');
    expect(
      await framed.evaluate(() => {
        try {
          return localStorage.length;
        } catch (error) {
          return (error as Error).name;
        }
      })
    ).toBe('SecurityError');
    await framed.getByLabel('Theme').selectOption('dark');
    await expect(framed.locator('html')).toHaveAttribute('data-theme', 'dark');
    await framed.getByLabel('Theme').selectOption('auto');
    await expect(framed.locator('html')).not.toHaveAttribute('data-theme');
    expect(errors).toEqual([]);
  });
});

test.describe('with the headers of _headers, as a host that reads it serves the site', () => {
  /** Serves every response of the site with the headers _headers gives its path. */
  async function serveWithHeaders(page: Page, site: string): Promise<void> {
    const file = await (await page.request.get(`${site}/_headers`)).text();
    expect(file).toContain("frame-ancestors 'self'");
    await page.route(`${site}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      for (const [name, value] of headersForPath(file, new URL(route.request().url()).pathname)) {
        const key = name.toLowerCase();
        // Several headers of one name are one comma-separated list: each policy is enforced.
        headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
      }
      await route.fulfill({ response, headers });
    });
  }

  test('another site cannot frame the site’s pages or demo frames at all', async ({
    page,
    baseURL,
  }) => {
    const { site, hostile } = hostileOrigin(baseURL);
    await serveWithHeaders(page, site);
    await openHostilePage(page, hostile);
    await frameAll(
      page,
      [FLAGSHIP, ...FRAMES.map((frame) => `/demo-frames/${frame}`)].map((path) => `${site}${path}`)
    );
    // Blocked frames show the browser's error page instead of the document.
    await expect.poll(() => siteFrames(page, site).length).toBe(0);
    expect(page.frames()).toHaveLength(1 + 1 + FRAMES.length);
  });

  test('the runner is sandboxed even when opened on its own', async ({ page, baseURL }) => {
    const { site } = hostileOrigin(baseURL);
    await serveWithHeaders(page, site);
    await page.goto(`${site}/demo-frames/runner`);
    expect(await page.evaluate(() => self.origin)).toBe('null');
    await expect(page.locator('[data-wp-refused]')).toHaveText(
      /^This frame does nothing here: it is not in a frame\./
    );
  });

  test('the demos still work: the playground runs, the receiver checks origins', async ({
    page,
    baseURL,
  }) => {
    const { site } = hostileOrigin(baseURL);
    await serveWithHeaders(page, site);
    await page.goto(`${site}${FLAGSHIP}`);
    const playground = await openDemo(page, 'playground-channel');
    await playground.getByRole('button', { name: 'Run' }).click();
    await expect(
      playground.locator('[data-wp-control="output"] li').filter({ hasText: 'port1 received' })
    ).toHaveCount(1);
    const cross = await openDemo(page, 'demo-cross-document');
    await cross.getByRole('button', { name: 'Send from this page' }).click();
    await expect(cross.locator('[data-wp-log] li').filter({ hasText: 'Accepted' })).toHaveCount(1);
    await cross.getByRole('button', { name: 'Send from the sandboxed frame' }).click();
    await expect(
      cross
        .locator('[data-wp-log] li')
        .filter({ hasText: 'Rejected by the receiver: origin "null"' })
    ).toHaveCount(1);
  });
});
