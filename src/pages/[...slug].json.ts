import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePages, type PageEntry } from '~/data/pages';
import { pageJson } from '~/lib/pages/page-json';
import { compatTableFor, specsFor } from '~/data/compat';

/** `<page>.json`: each page's data for tools and wikis that link here. */
export const getStaticPaths = (async () => {
  const pages = await sitePages();
  return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: PageEntry }> = ({ props }) => {
  const { entry } = props;
  const where = entry.filePath ?? entry.id;
  const specs = specsFor(
    where,
    entry.data.specs,
    compatTableFor(where, entry.data.bcd),
    !entry.data.review
  );
  return new Response(
    JSON.stringify(
      pageJson(
        entry.id,
        entry.data,
        specs.map((spec) => spec.url)
      ),
      null,
      2
    ),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }
  );
};
