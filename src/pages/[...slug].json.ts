import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/site';
import { pageModelFor } from '~/data/page-model';
import { slugParam } from '~/lib/navigation/routes';

/** `<page>.json`: each page's data for tools and wikis that link here, from its page model. */
export const getStaticPaths = (async () => {
  const { index } = await getSite();
  return index.pages.map((page) => ({
    params: { slug: slugParam(page.url) },
    props: { key: page.key },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ key: string }> = async ({ props }) =>
  new Response(JSON.stringify((await pageModelFor(props.key)).json, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
