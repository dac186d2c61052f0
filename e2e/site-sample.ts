import { readdirSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import type { UrlIndex } from '../src/lib/navigation/url-index';
import { entryIdFromPath } from '../src/lib/navigation/urls';

/** How many imported (or other generated) pages the whole-site tests visit. */
const SAMPLE_SIZE = 12;

/** The URLs of the curated pages: one per MDX file of the reference collection. */
function curatedUrls(): string[] {
  return readdirSync('src/content/reference', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${entryIdFromPath(file)}`)
    .sort();
}

/**
 * The pages the whole-site tests visit: the home page, every curated page, and a fixed sample of
 * the rest (area and folder indexes and imported wiki pages): one page every `n` in URL order, spread over
 * the whole site, the same on every run of the same build. Visiting all 4,600 pages in a browser
 * would take most of an hour; the build already checks every page's links and markup.
 */
export async function sitePages(
  request: APIRequestContext
): Promise<{ curated: string[]; sample: string[]; all: string[] }> {
  const index = (await (await request.get('/url-index.json')).json()) as UrlIndex;
  const curated = curatedUrls();
  const rest = index.pages.map(([url]) => url).filter((url) => !curated.includes(url));
  const step = Math.max(1, Math.floor(rest.length / SAMPLE_SIZE));
  const sample = rest.filter((_, at) => at % step === 0).slice(0, SAMPLE_SIZE);
  return { curated, sample, all: ['/', ...curated, ...sample] };
}
