import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { axeViolations, watchForProblems } from './test-utils';
import { sitePages } from './site-sample';

/**
 * Pages that the site's URL index does not list: the demos' source pages
 * (src/pages/demo-source/) and an event's full spec data (src/pages/event-data/).
 */
const DISCLOSED_PAGES = [
  '/demo-source/cross-document',
  '/demo-source/worker',
  '/demo-source/channel',
  '/event-data/message',
];

for (const theme of ['light', 'dark'] as const) {
  test(`every curated page and a sample of the rest: no axe violations and no console errors or CSP violations (${theme})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const problems = await watchForProblems(page);
    await page.emulateMedia({ colorScheme: theme });
    const { all: sample } = await sitePages(request);
    const pages = [...sample, ...DISCLOSED_PAGES];
    // Home and the eight reference pages at least, and the sample.
    expect(pages.length).toBeGreaterThanOrEqual(9);
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

test('every curated page and a sample of the rest is valid HTML (html-validate)', async ({
  request,
}) => {
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
    ...(await sitePages(request)).all,
    '/demo-frames/receiver',
    '/demo-frames/sandboxed-sender',
    '/demo-frames/runner',
    '/Web/API/Window/message_event',
    ...DISCLOSED_PAGES,
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
