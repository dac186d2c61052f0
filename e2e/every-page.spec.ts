import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { axeViolations, watchForProblems } from './test-utils';

/** Every HTML page reachable from the home page (redirect pages and JSON views aside). */
async function discoverPages(page: Page): Promise<string[]> {
  const found = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    await page.goto(path);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="/"]')].map((a) => (a as HTMLAnchorElement).pathname)
    );
    for (const href of hrefs) {
      if (found.has(href) || href.endsWith('.json') || href.startsWith('/demo-frames/')) continue;
      found.add(href);
      queue.push(href);
    }
  }
  return [...found];
}

for (const theme of ['light', 'dark'] as const) {
  test(`every page: no axe violations and no console errors or CSP violations (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems = await watchForProblems(page);
    await page.emulateMedia({ colorScheme: theme });
    const pages = await discoverPages(page);
    // Home, two area pages and the eight reference pages at least.
    expect(pages.length).toBeGreaterThanOrEqual(11);
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      // Demo frames are separate documents, checked on their own in demos.spec.ts.
      const found = await axeViolations(new AxeBuilder({ page }).exclude('iframe'));
      violations.push(...found.map((violation) => `${path}: ${violation}`));
    }
    expect(violations).toEqual([]);
    expect(await problems()).toEqual([]);
  });
}

test('every page is valid HTML (html-validate)', async ({ page, request }) => {
  test.setTimeout(120_000);
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Shiki colours code tokens through style attributes (CSS variables for both themes);
      // the CSP allows style attributes for that reason.
      'no-inline-style': 'off',
    },
  });
  const pages = [
    ...(await discoverPages(page)),
    '/demo-frames/receiver',
    '/demo-frames/sandboxed-sender',
    '/demo-frames/runner',
    '/Web/API/Window/message_event',
  ];
  const problems: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html, path);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${path}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
