import { expect, test } from '@playwright/test';

/**
 * Crawls the built site from the home page and checks every internal link: the page answers
 * 200, and a link with a fragment finds an element with that id.
 */
test('every internal link and anchor on the site resolves', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const queue = ['/'];
  const visited = new Map<string, Set<string>>();
  const problems: string[] = [];
  const wanted: { from: string; path: string; hash: string }[] = [];

  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (visited.has(path)) continue;
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      problems.push(`${path} answered ${response?.status()}`);
      visited.set(path, new Set());
      continue;
    }
    const here = new URL(page.url()).pathname;
    const { ids, hrefs } = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      hrefs: [...document.querySelectorAll('a[href], link[rel="canonical"]')].map(
        (a) => a.getAttribute('href') ?? ''
      ),
    }));
    visited.set(path, new Set(ids));
    if (here !== path) visited.set(here, new Set(ids));
    for (const href of hrefs) {
      const url = new URL(href, new URL(here, origin));
      if (url.origin !== origin) continue;
      if (url.hash)
        wanted.push({
          from: here,
          path: url.pathname,
          hash: decodeURIComponent(url.hash.slice(1)),
        });
      if (!visited.has(url.pathname)) queue.push(url.pathname);
    }
  }

  for (const { from, path, hash } of wanted) {
    if (!visited.get(path)?.has(hash))
      problems.push(`${from} links to ${path}#${hash}, which has no such id`);
  }
  expect(visited.size).toBeGreaterThanOrEqual(9);
  expect(problems).toEqual([]);
});
