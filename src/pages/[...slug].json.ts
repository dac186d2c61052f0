import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/site';
import { pageModelFor } from '~/data/page-model';
import { pageJsonText } from '~/data/page-json-views';
import { slugParam } from '~/lib/navigation/routes';

/**
 * `<page>.json` in the dev server: each page's data for tools and wikis that link here, from its
 * page model. A build writes the same text beside each page after rendering it
 * (src/data/page-json-views.ts), so this route has no static paths there.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { index } = await getSite();
  return index.pages.map((page) => ({
    params: { slug: slugParam(page.url) },
    props: { key: page.key },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ key: string }> = async ({ props }) =>
  new Response(pageJsonText((await pageModelFor(props.key)).json), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
