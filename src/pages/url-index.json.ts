import type { APIRoute } from 'astro';
import { getSite } from '~/data/site';
import { foldersOf } from '~/lib/navigation/folders';
import { buildUrlIndex } from '~/lib/navigation/url-index';

/**
 * `/url-index.json`: every URL the site answers, compactly (src/lib/navigation/url-index.ts).
 * Fetched by the 404 page only; the build writes the redirect pages and `_redirects` from it.
 */
export const GET: APIRoute = async () => {
  const { index } = await getSite();
  return new Response(JSON.stringify(buildUrlIndex(index, foldersOf(index))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
