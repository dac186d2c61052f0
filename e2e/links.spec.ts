import { expect, test, type APIRequestContext } from '@playwright/test';
import { sitePages } from './site-sample';
import { scanHtml } from '../src/lib/navigation/html-scan';

/** The ids of a served page, following the site's redirect pages to where they lead. */
async function idsAt(
  request: APIRequestContext,
  path: string,
  hops = 0
): Promise<Set<string> | number> {
  const response = await request.get(path);
  if (response.status() !== 200) return response.status();
  // The build's own scanner: ids and the redirect link, attribute values decoded.
  const { ids, redirect } = scanHtml(await response.text());
  if (redirect && hops < 3) return idsAt(request, new URL(redirect, 'http://x').pathname, hops + 1);
  return new Set(ids);
}

/**
 * On every curated page and a sample of the rest, as the browser sees them (scripts run), every
 * internal link answers 200 and a link with a fragment finds an element with that id. The build
 * checks every page's links in the HTML it writes; this checks what the reader gets from the
 * served site.
 */
test('the links and anchors of the visited pages resolve on the served site', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? '').origin;
  const { all } = await sitePages(request);
  const wanted = new Map<string, { from: string; hashes: Set<string> }>();
  for (const path of all) {
    await page.goto(path);
    const here = new URL(page.url()).pathname;
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[rel="canonical"]')].map(
        (a) => a.getAttribute('href') ?? ''
      )
    );
    for (const href of hrefs) {
      const url = new URL(href, new URL(here, origin));
      if (url.origin !== origin) continue;
      const entry = wanted.get(url.pathname) ?? { from: here, hashes: new Set<string>() };
      if (url.hash) entry.hashes.add(decodeURIComponent(url.hash.slice(1)));
      wanted.set(url.pathname, entry);
    }
  }
  const problems: string[] = [];
  for (const [path, { from, hashes }] of wanted) {
    const ids = await idsAt(request, path);
    if (typeof ids === 'number') {
      problems.push(`${from} links to ${path}, which answered ${ids}`);
      continue;
    }
    for (const hash of hashes)
      if (!ids.has(hash)) problems.push(`${from} links to ${path}#${hash}, which has no such id`);
  }
  expect(wanted.size).toBeGreaterThanOrEqual(20);
  expect(problems).toEqual([]);
});
