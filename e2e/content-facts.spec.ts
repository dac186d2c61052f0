import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { FLAGSHIP } from './test-utils';

/**
 * The facts the curated pages state, checked where they can be: in Chromium itself (how
 * targetOrigin is matched, what structured clone throws on or changes) and against the data
 * packages (Baseline, event targets), on the built site.
 */

const require = createRequire(import.meta.url);
const readJson = <T>(file: string) => JSON.parse(readFileSync(require.resolve(file), 'utf8')) as T;
const features = readJson<{
  features: Record<
    string,
    { status?: { baseline_high_date?: string; baseline_low_date?: string } }
  >;
}>('web-features/data.json').features;
const events = readJson<{ type: string; interface?: string; targets: { target: string }[] }[]>(
  '@webref/events/events.json'
);

const CURATED = [
  '/dom/Window/message',
  '/dom/Window/messageerror',
  '/dom/Window/postMessage',
  '/apis/web-messaging/MessageEvent',
  '/apis/web-messaging/MessagePort',
  '/apis/web-messaging/MessageChannel',
  '/apis/web-messaging/BroadcastChannel',
  '/apis/workers/Worker',
];

/** Serves a tiny document for any URL of these origins, so frames can have real origins. */
async function serveOrigins(page: Page, origins: readonly string[]) {
  for (const origin of origins) {
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>frame</title>' })
    );
  }
}

test.describe('postMessage: the target origin table holds in Chromium', () => {
  const TARGETS = [
    'https://widgets.example',
    'https://widgets.example/login',
    'https://widgets.example:8443',
    'http://widgets.example',
    '/',
    '*',
  ];

  test('only the origin of targetOrigin counts; a mismatch is dropped silently', async ({
    page,
  }) => {
    const origins = [
      'https://widgets.example',
      'https://widgets.example:8443',
      'https://app.example',
    ];
    await serveOrigins(page, origins);
    await page.goto('https://app.example/');
    await page.evaluate(async (sources) => {
      for (const source of sources) {
        const frame = document.createElement('iframe');
        frame.src = `${source}/`;
        await new Promise((resolve) => {
          frame.onload = resolve;
          document.body.append(frame);
        });
      }
    }, origins);
    const frames = page.frames().slice(1);
    for (const frame of frames) {
      await frame.evaluate(() => {
        const got: string[] = [];
        Object.assign(window, { got });
        addEventListener('message', (event) => got.push(event.data as string));
      });
    }
    const thrown = await page.evaluate((targets) => {
      const errors: string[] = [];
      for (const frame of document.querySelectorAll('iframe')) {
        for (const target of targets) frame.contentWindow?.postMessage(target, target);
        for (const bad of ['null', 'widgets.example']) {
          try {
            frame.contentWindow?.postMessage(bad, bad);
          } catch (error) {
            errors.push((error as DOMException).name);
          }
        }
      }
      return errors;
    }, TARGETS);
    expect(thrown).toEqual(Array(6).fill('SyntaxError'));

    const received: Record<string, string[]> = {};
    for (const frame of frames) {
      await frame.waitForFunction(() => (window as unknown as { got: string[] }).got.includes('*'));
      received[new URL(frame.url()).origin] = await frame.evaluate(
        () => (window as unknown as { got: string[] }).got
      );
    }
    expect(received).toEqual({
      'https://widgets.example': ['https://widgets.example', 'https://widgets.example/login', '*'],
      'https://widgets.example:8443': ['https://widgets.example:8443', '*'],
      'https://app.example': ['/', '*'],
    });
  });
});

test.describe('structured clone: what the message page says it throws on and changes', () => {
  test('values that throw a DataCloneError in the sender', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const names = await page.evaluate(() => {
      const values: Record<string, () => unknown> = {
        function: () => () => 1,
        'DOM node': () => document.body,
        symbol: () => Symbol('s'),
        WeakMap: () => new WeakMap(),
        WeakSet: () => new WeakSet(),
        Promise: () => Promise.resolve(),
        proxy: () => new Proxy({}, {}),
      };
      const result: Record<string, string> = {};
      const { port1 } = new MessageChannel();
      for (const [label, make] of Object.entries(values)) {
        try {
          port1.postMessage(make());
          result[label] = 'posted';
        } catch (error) {
          result[label] = (error as DOMException).name;
        }
      }
      return result;
    });
    expect(names).toEqual({
      function: 'DataCloneError',
      'DOM node': 'DataCloneError',
      symbol: 'DataCloneError',
      WeakMap: 'DataCloneError',
      WeakSet: 'DataCloneError',
      Promise: 'DataCloneError',
      proxy: 'DataCloneError',
    });
  });

  test('a SharedArrayBuffer from a page that is not cross-origin isolated throws; no messageerror', async ({
    page,
  }) => {
    await page.goto(FLAGSHIP);
    const outcome = await page.evaluate(async () => {
      const shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer;
      const { port1, port2 } = new MessageChannel();
      let events = 0;
      port2.onmessage = () => (events += 1);
      port2.onmessageerror = () => (events += 1);
      let thrown = 'nothing';
      try {
        port1.postMessage(shared);
      } catch (error) {
        thrown = (error as DOMException).name;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { isolated: crossOriginIsolated, thrown, events };
    });
    expect(outcome).toEqual({ isolated: false, thrown: 'DataCloneError', events: 0 });
  });

  test('values that arrive changed, without an error', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const clone = await page.evaluate(async () => {
      class Point {
        x = 1;
        get double() {
          return this.x * 2;
        }
      }
      const source = {
        point: new Point(),
        getter: Object.defineProperty({}, 'value', { get: () => 42, enumerable: true }),
        frozen: Object.freeze({ value: 1 }),
        hidden: Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false }),
        symbolKeyed: { [Symbol('key')]: 1, kept: 1 },
        regexp: Object.assign(/a/g, { lastIndex: 3 }),
        custom: Object.assign(new Error('boom'), { name: 'CustomError' }),
        typeError: new TypeError('bad'),
      };
      const { port1, port2 } = new MessageChannel();
      const received = new Promise<typeof source>((resolve) => {
        port2.onmessage = (event) => resolve(event.data);
      });
      port1.postMessage(source);
      const data = await received;
      return {
        pointPrototypeIsObject: Object.getPrototypeOf(data.point) === Object.prototype,
        pointKeys: Object.keys(data.point),
        getterIsData: 'value' in Object.getOwnPropertyDescriptor(data.getter, 'value')!,
        frozenWritable: Object.getOwnPropertyDescriptor(data.frozen, 'value')?.writable,
        hiddenKeys: Object.getOwnPropertyNames(data.hidden),
        symbolKeys: Object.getOwnPropertySymbols(data.symbolKeyed).length,
        regexpLastIndex: data.regexp.lastIndex,
        customName: data.custom.name,
        customMessage: data.custom.message,
        typeErrorName: data.typeError.name,
      };
    });
    expect(clone).toEqual({
      pointPrototypeIsObject: true,
      pointKeys: ['x'],
      getterIsData: true,
      frozenWritable: true,
      hiddenKeys: ['shown'],
      symbolKeys: 0,
      regexpLastIndex: 0,
      customName: 'Error',
      customMessage: 'boom',
      typeErrorName: 'TypeError',
    });
  });
});

test.describe('the curated pages as readers see them', () => {
  test('each page’s Baseline line is its own feature’s, with the date from web-features', async ({
    page,
  }) => {
    for (const path of CURATED) {
      const json = (await (await page.request.get(`${path}.json`)).json()) as {
        webFeatures: string[] | null;
      };
      expect(json.webFeatures, `${path}.json names its web feature`).toHaveLength(1);
      const [id] = json.webFeatures as [string];
      const status = features[id]?.status;
      const since = status?.baseline_high_date ?? status?.baseline_low_date;
      expect(since, `${id} has a Baseline date`).toBeDefined();
      await page.goto(path);
      const baseline = page.locator('.wp-baseline');
      await expect(baseline.locator('time')).toHaveText(since as string);
      await expect(baseline.locator('.wp-baseline-ids code')).toHaveText([id]);
    }
  });

  test('the message page’s Baseline is postMessage’s, not BroadcastChannel’s', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const date = features['postmessage']?.status?.baseline_high_date as string;
    await expect(page.locator('.wp-baseline time')).toHaveText(date);
    expect(date).not.toBe(features['broadcast-channel']?.status?.baseline_high_date);
  });

  test('the Security box is a list of rules', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const warning = page.getByRole('complementary', { name: /^Warning:/ });
    const rules = warning.locator('ul > li');
    expect(await rules.count()).toBeGreaterThanOrEqual(5);
    await expect(rules.nth(1)).toContainText('exact allow-list');
    await expect(warning).not.toContainText(' - **');
  });

  test('the event facts list each target once, each firing the page’s interface', async ({
    page,
  }) => {
    for (const path of ['/dom/Window/message', '/dom/Window/messageerror']) {
      await page.goto(path);
      const type = path.split('/').at(-1) as string;
      const facts = page.locator('section[aria-labelledby="event-facts"]');
      const targets = await facts
        .locator('.wp-event-targets td:first-of-type code')
        .allTextContents();
      expect(targets.length).toBeGreaterThan(3);
      expect(new Set(targets).size, `${path}: no target twice`).toBe(targets.length);
      const eventInterface = (
        await facts.locator('.wp-event-summary dd').first().textContent()
      )?.trim();
      for (const target of targets) {
        const definitions = events.filter(
          (e) => e.type === type && e.targets.some((t) => t.target === target)
        );
        expect(definitions.length, `${target} fires ${type}`).toBeGreaterThan(0);
        for (const definition of definitions)
          expect(definition.interface, `${target}: ${type} is a ${eventInterface}`).toBe(
            eventInterface
          );
      }
    }
  });

  test('the message page keeps other interfaces and Portals out of the table, in the disclosure', async ({
    page,
  }) => {
    await page.goto(FLAGSHIP);
    const facts = page.locator('section[aria-labelledby="event-facts"]');
    const table = facts.locator('.wp-event-targets');
    for (const name of [
      'MediaKeySession',
      'HTMLPortalElement',
      'PortalHost',
      'ServiceWorkerGlobalScope',
    ])
      await expect(table).not.toContainText(name);
    const details = facts.locator('details');
    await expect(details).not.toHaveAttribute('open');
    await expect(details.locator('table')).toBeHidden();
    await details.locator('summary').click();
    await expect(details.locator('table')).toContainText('PortalHost');
    await expect(details.locator('table')).toContainText('MediaKeySession');
    await expect(facts.getByText('Service Workers Nightly')).toHaveCount(0);
  });

  test('spec anchors are never shown raw', async ({ page }) => {
    for (const path of CURATED) {
      await page.goto(path);
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')));
      const links = page.locator(
        'section[aria-labelledby="event-facts"] a, section[aria-labelledby="specifications"] a'
      );
      for (const text of await links.allTextContents())
        expect(text, `${path}: a link reads "${text}"`).not.toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    }
  });

  test('the event facts fit in about a screen on a 1,280 × 800 desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of ['/dom/Window/message', '/dom/Window/messageerror']) {
      await page.goto(path);
      const box = await page.locator('section[aria-labelledby="event-facts"]').boundingBox();
      expect(box?.height, path).toBeLessThanOrEqual(800);
    }
  });

  test('on a phone the targets stack, and the facts never widen the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(FLAGSHIP);
    const row = page.locator('.wp-event-targets tbody tr').first();
    const [target, when] = await row.locator('td').all();
    const a = await target?.boundingBox();
    const b = await when?.boundingBox();
    expect(b && a && b.y >= a.y + a.height - 1).toBe(true);
    const facts = page.locator('section[aria-labelledby="event-facts"]');
    await facts.locator('summary').click();
    // The full data is fetched on opening: measure once it is in place.
    await expect(facts.locator('.wp-table-scroll')).toHaveCount(2);
    const widths = await facts.evaluate((section) => ({
      section: section.getBoundingClientRect().right,
      viewport: document.documentElement.clientWidth,
      // The full-data table may be wider than the screen: its own box scrolls.
      scrolls: [...section.querySelectorAll('.wp-table-scroll')].map(
        (box) => getComputedStyle(box).overflowX
      ),
    }));
    expect(widths.section).toBeLessThanOrEqual(widths.viewport);
    expect(widths.scrolls).toEqual(['auto', 'auto']);
  });
});
