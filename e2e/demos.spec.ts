import { expect, test, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  FLAGSHIP,
  openDemo,
  watchForProblems,
  axeViolations,
  requestsAfterReload,
} from './test-utils';

/** The files each demo's source page shows, by the demo's id. */
const DEMO_SOURCE_FILES = {
  'demo-cross-document': ['src/demos/frames/receiver.ts'],
  'demo-worker': ['src/demos/worker.element.ts'],
  'demo-channel': ['src/demos/channel.element.ts', 'src/demos/echo.worker.ts'],
};

const inspectorValue = (demo: Locator, name: string) =>
  demo
    .locator('[data-wp-inspector] tbody tr', { has: demo.page().locator(`th:text-is("${name}")`) })
    .locator('td');

test.describe('live demos on the flagship page', () => {
  let problems: () => Promise<string[]>;

  test.beforeEach(async ({ page }) => {
    problems = await watchForProblems(page);
    await page.goto(FLAGSHIP);
  });

  test.afterEach(async () => {
    expect(await problems()).toEqual([]);
  });

  test('no demo code loads until the reader scrolls to a demo', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await openDemo(page, 'demo-worker');
    expect(scripts.some((path) => path.includes('worker.element'))).toBe(true);
    // The compatibility table's module, far below, is not loaded by scrolling to a demo.
    expect(scripts.some((path) => path.includes('browser-check'))).toBe(false);
  });

  test('a demo’s code shows in place when its disclosure opens, fetched only then', async ({
    page,
  }) => {
    const fetched = await requestsAfterReload(page);
    expect(fetched.filter((path) => path.startsWith('/demo-source/'))).toEqual([]);
    for (const [id, files] of Object.entries(DEMO_SOURCE_FILES)) {
      const source = page.locator(`section.wp-demo:has(#${id}) .wp-demo-source`);
      // By keyboard: focus loads the module, Enter opens the disclosure.
      await source.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(source.locator('figcaption')).toHaveText(files);
      await expect(source.locator('figure pre').first()).toContainText(/\S/);
      // The code of the source page, highlighted as there.
      const own = await page.context().newPage();
      await own.goto(`/demo-source/${id.replace(/^demo-/, '')}`);
      const figures = (locator: Locator) =>
        locator.evaluateAll((all) => all.map((figure) => figure.innerHTML));
      expect(await figures(source.locator('figure'))).toEqual(
        await figures(own.locator('main figure'))
      );
      await own.close();
      // Closing and opening again fetches nothing more and shows it once.
      await source.locator('summary').click();
      await source.locator('summary').click();
      await expect(source.locator('figcaption')).toHaveText(files);
    }
    expect(fetched.filter((path) => path.startsWith('/demo-source/'))).toHaveLength(3);
  });

  test('cross-document: the greeting round-trips and the inspector shows the real event', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const demo = await openDemo(page, 'demo-cross-document');
    await demo.getByLabel('Message text').fill('Hi there');
    await demo.getByRole('button', { name: 'Send from this page' }).click();
    await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Accepted' })).toHaveCount(1);
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'reply "Hi there back"' })
    ).toHaveCount(1);
    await expect(demo.getByRole('status')).toContainText('reply "Hi there back"');
    await expect(inspectorValue(demo, 'origin')).toHaveText(JSON.stringify(origin));
    await expect(inspectorValue(demo, 'data')).toHaveText('{type: "reply", text: "Hi there back"}');
    await expect(inspectorValue(demo, 'ports.length')).toHaveText('0');
    await expect(inspectorValue(demo, 'isTrusted')).toHaveText('true');
  });

  test('cross-document: the sandboxed sender is rejected while the origin is checked, accepted when not', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'demo-cross-document');
    await demo.getByRole('button', { name: 'Send from the sandboxed frame' }).click();
    await expect(
      demo
        .locator('[data-wp-log] li')
        .filter({ hasText: 'Rejected by the receiver: origin "null"' })
    ).toHaveCount(1);
    await expect(inspectorValue(demo, 'origin')).toHaveText('"null"');
    await expect(demo.locator('[data-wp-inspector] caption')).toHaveText(/rejected/);

    await demo.getByLabel('accepts anything (unsafe)').check();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'accepts messages from anyone' })
    ).toHaveCount(1);
    await demo.getByRole('button', { name: 'Send from the sandboxed frame' }).click();
    await expect(
      demo
        .locator('[data-wp-log] li')
        .filter({ hasText: 'Accepted by the receiver: greeting from "null"' })
    ).toHaveCount(1);
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'in the sandboxed frame: reply from' })
    ).toHaveCount(1);
  });

  test('cross-document: data the sandboxed frame cannot deserialize fires messageerror there', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'demo-cross-document');
    await demo
      .getByRole('button', { name: 'Send a WebAssembly.Module to the sandboxed frame' })
      .click();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'messageerror from' })
    ).toContainText('event.data is null');
  });

  test('cross-document: hostile and malformed messages are ignored or reported, never rendered as markup', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'demo-cross-document');
    await demo.getByRole('button', { name: 'Send from this page' }).click();
    await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Accepted' })).toHaveCount(1);
    const receiver = page.frameLocator('iframe[title^="Receiver frame"]');
    await receiver.locator('body').waitFor();
    const frame = page.frames().find((f) => f.url().endsWith('/demo-frames/receiver'));
    expect(frame).toBeDefined();
    await frame?.evaluate(() => {
      const markup = '<img src=x onerror="document.title=\'pwned\'">';
      // Well-formed, but carrying markup: must appear as text.
      parent.postMessage(
        {
          wp: 'report',
          verdict: 'accepted',
          reason: markup,
          rows: [{ name: 'data', value: markup }],
        },
        location.origin
      );
      // Malformed: huge, wrong shapes.
      parent.postMessage(
        {
          wp: 'report',
          verdict: 'accepted',
          reason: 'x',
          rows: [{ name: 'data', value: 'x'.repeat(100_000) }],
        },
        location.origin
      );
      parent.postMessage({ wp: 'report', verdict: 'owned' }, location.origin);
      parent.postMessage('x'.repeat(1_000_000), location.origin);
    });
    // Messages from the page itself are not from a demo frame: ignored.
    await page.evaluate(() =>
      window.postMessage({ wp: 'report', verdict: 'accepted', reason: 'spoof', rows: [] }, '*')
    );
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'malformed message from a demo frame' })
    ).toHaveCount(3);
    await expect(inspectorValue(demo, 'data')).toHaveText(
      '<img src=x onerror="document.title=\'pwned\'">'
    );
    await expect(demo.locator('img')).toHaveCount(0);
    await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'spoof' })).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
  });

  test('worker: starts, echoes, shows DataCloneError, and transfer detaches the buffer', async ({
    page,
  }) => {
    const workerStarted = page.waitForEvent('worker');
    const demo = await openDemo(page, 'demo-worker');
    const worker = await workerStarted;
    expect(worker.url()).toMatch(/\/_astro\/echo\.worker-[\w-]+\.js$/);
    await expect(page.locator('wp-worker-demo')).toHaveAttribute('data-worker-state', 'started');

    await demo.getByLabel('Message text').fill('ping');
    await demo.getByRole('button', { name: 'Send to the worker' }).click();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'back from the worker' })
    ).toContainText('text: "ping"');
    // The inspector shows the reply's real data: what the worker posted, nothing added.
    await expect(inspectorValue(demo, 'data')).toHaveText(
      /^\{kind: "echo", value: \{text: "ping", sentAt: Date\(\d{4}-\d\d-\d\dT[\d:.]+Z\)\}\}$/
    );
    await expect(inspectorValue(demo, 'origin')).toHaveText('""');
    await expect(inspectorValue(demo, 'source')).toHaveText('null');

    await demo.getByRole('button', { name: 'Post a WebAssembly.Module' }).click();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'No messageerror' })
    ).toHaveCount(1);

    await demo.getByRole('button', { name: 'Post a function' }).click();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'DataCloneError' })
    ).toContainText('could not be cloned');

    await demo.getByLabel('Buffer size (MB)').fill('8');
    await demo.getByRole('button', { name: 'Transfer it' }).click();
    await expect(demo.getByRole('status', { name: 'Transfer result' })).toHaveText(
      /^\d+\.\d ms, sender byteLength 0$/
    );
    await demo.getByRole('button', { name: 'Clone it' }).click();
    await expect(demo.getByRole('status', { name: 'Clone result' })).toHaveText(
      /^\d+\.\d ms, sender byteLength 8388608$/
    );
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'Transferred 8 MB' })
    ).toContainText('detached: true');
  });

  test('worker: says it is an echo worker and shows the code that runs, with or without scripts', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'demo-worker');
    await expect(demo).toContainText('This demo starts a dedicated module worker that echoes');
    const code = demo.locator('figure', { hasText: 'src/demos/echo.worker.ts' });
    await expect(code).toBeVisible();
    await expect(code.locator('pre')).toContainText(
      "respond({ kind: 'echo', value: request.value });"
    );
  });

  test('worker: a buffer size out of bounds or not a number is refused, not replaced', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'demo-worker');
    const size = demo.getByLabel('Buffer size (MB)');
    for (const [value, shown] of [
      ['0', '"0"'],
      ['300', '"300"'],
      ['2.5', '"2.5"'],
    ] as const) {
      await size.fill(value);
      await demo.getByRole('button', { name: 'Clone it' }).click();
      await expect(demo.getByRole('status', { name: 'Clone result' })).toHaveText(
        '⚠ Refused: enter 1 to 256 (MB)'
      );
      await expect(size).toHaveAttribute('aria-invalid', 'true');
      expect(await size.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
        `${shown} is not a size this demo allows: enter a whole number of megabytes from 1 to 256.`
      );
      await expect(demo.locator('[data-wp-log] li').last()).toHaveText(
        `⚠ Error Buffer size refused. ${shown} is not a size this demo allows: enter a whole number of megabytes from 1 to 256.`
      );
    }
    await size.fill('');
    await demo.getByRole('button', { name: 'Transfer it' }).click();
    await expect(demo.locator('[data-wp-log] li').last()).toContainText(
      'Enter a buffer size: a whole number of megabytes from 1 to 256.'
    );
    // Nothing was sent: no round trip was logged.
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: /Cloned|Transferred/ })
    ).toHaveCount(0);
    // A valid size clears the refusal and runs.
    await size.fill('2');
    await expect(size).not.toHaveAttribute('aria-invalid');
    await demo.getByRole('button', { name: 'Clone it' }).click();
    await expect(demo.getByRole('status', { name: 'Clone result' })).toHaveText(
      /^\d+\.\d ms, sender byteLength 2097152$/
    );
  });

  test('channel: messages cross the transferred port, and a port that is never started stays silent', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'demo-channel');
    await demo.getByRole('button', { name: 'Open a channel' }).click();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'called port.start()' })
    ).toHaveCount(1);
    await demo.getByRole('button', { name: 'Send on port1' }).click();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: '"worker heard: PING" on port1' })
    ).toHaveCount(1);
    await expect(inspectorValue(demo, 'source')).toHaveText('null');
    await expect(inspectorValue(demo, 'origin')).toHaveText('""');

    await demo.getByLabel('the worker calls port.start()').uncheck();
    await demo.getByRole('button', { name: 'Open a channel' }).click();
    await expect(
      demo.locator('[data-wp-log] li').filter({ hasText: 'did not call port.start()' })
    ).toHaveCount(1);
    await demo.getByRole('button', { name: 'Send on port1' }).click();
    await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'never started' })).toHaveCount(
      1
    );
  });

  test('playground: runs the example, shows console output and errors, resets', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'playground-channel');
    const output = demo.locator('[data-wp-control="output"] li');
    await demo.getByRole('button', { name: 'Run' }).click();
    await expect(output.filter({ hasText: 'port1 received {reply: "HELLO"}' })).toHaveCount(1);
    await expect(
      output.filter({ hasText: 'window received a message to myself from "null"' })
    ).toHaveCount(1);

    const code = demo.getByLabel('Code (edit it, then run it)');
    await code.fill("console.log('edited', 1 + 1);\nthrow new TypeError('on purpose');");
    await demo.getByRole('button', { name: 'Run' }).click();
    await expect(output.filter({ hasText: 'edited 2' })).toHaveCount(1);
    await expect(demo.locator('[data-wp-control="output"] li[data-level="error"]')).toHaveText(
      'Uncaught TypeError: on purpose (line 2)'
    );

    await demo.getByRole('button', { name: 'Reset' }).click();
    await expect(code).toHaveValue(/new MessageChannel\(\)/);
  });

  test('every control is reachable with the keyboard and labelled', async ({ page }) => {
    const demo = await openDemo(page, 'demo-cross-document');
    const input = demo.getByLabel('Message text');
    // Sending is enabled once the receiver frame has loaded.
    await expect(demo.getByRole('button', { name: 'Send from this page' })).toBeEnabled();
    await expect(demo.getByRole('button', { name: 'Send from the sandboxed frame' })).toBeEnabled();
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(demo.getByRole('button', { name: 'Send from this page' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(demo.locator('[data-wp-log] li').filter({ hasText: 'Accepted' })).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(demo.getByRole('button', { name: 'Send from the sandboxed frame' })).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with every demo open and used (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const cross = await openDemo(page, 'demo-cross-document');
      await cross.getByRole('button', { name: 'Send from this page' }).click();
      await expect(cross.locator('[data-wp-inspector] tbody tr')).not.toHaveCount(0);
      const worker = await openDemo(page, 'demo-worker');
      await worker.getByRole('button', { name: 'Send to the worker' }).click();
      await openDemo(page, 'demo-channel');
      const playground = await openDemo(page, 'playground-channel');
      await playground.getByRole('button', { name: 'Run' }).click();
      await expect(playground.locator('[data-wp-control="output"] li').first()).toBeVisible();
      // The run's frame goes when the run ends: axe visits every frame, so it waits till then.
      await expect(
        playground.locator('[data-wp-log] li').filter({ hasText: 'Run finished' })
      ).toHaveCount(1);
      for (const details of await page.locator('.wp-demo-source').all())
        await details.evaluate((d) => d.setAttribute('open', ''));
      // The frame documents are checked on their own below: axe would otherwise judge their
      // headings and landmarks as part of this page's outline.
      expect(
        await axeViolations(new AxeBuilder({ page }).include('main').exclude('iframe'))
      ).toEqual([]);
    });
  }
});

for (const frame of ['receiver', 'sandboxed-sender', 'runner']) {
  test(`the ${frame} frame document has no axe violations`, async ({ page }) => {
    await page.goto(`/demo-frames/${frame}`);
    expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  });
}

test('without JavaScript every demo says it needs JavaScript, and its code is still there', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(FLAGSHIP);
  const demos = page.locator('section.wp-demo');
  await expect(demos).toHaveCount(4);
  for (const demo of await demos.all()) {
    await expect(demo.locator('[data-wp-fallback]')).toBeVisible();
    await expect(demo.locator('[data-wp-ui]')).toBeHidden();
  }
  // The playground's code is in its disclosure; the other demos' code is one link away.
  await expect(
    page.locator('section.wp-demo:has(#playground-channel) .wp-demo-source pre')
  ).not.toHaveCount(0);
  for (const [id, files] of Object.entries(DEMO_SOURCE_FILES)) {
    const source = page.locator(`section.wp-demo:has(#${id}) .wp-demo-source`);
    await source.getByText('Code running in this demo').click();
    await source.getByRole('link', { name: 'The code on its own page' }).click();
    await expect(page.locator('main figcaption')).toHaveText(files);
    for (const figure of await page.locator('main figure').all())
      await expect(figure.locator('pre')).toContainText(/\S/);
    // It links the pages where the demo runs, this one among them.
    await expect(page.locator(`main p a[href="${FLAGSHIP}"]`)).toHaveCount(1);
    await page.goBack();
  }
  // The worker demo says what its worker is, and shows its code, without scripts too.
  await expect(
    page.locator('section.wp-demo:has(#demo-worker) figure', {
      hasText: 'src/demos/echo.worker.ts',
    })
  ).toBeVisible();
  await context.close();
});

test('the related pages reuse the demos that fit them', async ({ page }) => {
  for (const [path, id] of [
    ['/apis/workers/Worker', 'demo-worker'],
    ['/apis/web-messaging/MessageChannel', 'demo-channel'],
    ['/dom/Window/postMessage', 'demo-cross-document'],
  ] as const) {
    await page.goto(path);
    const demo = await openDemo(page, id);
    await expect(demo.locator('[data-wp-log] li').first()).toBeVisible();
  }
});
