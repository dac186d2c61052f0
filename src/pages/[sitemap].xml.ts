import type { APIRoute, GetStaticPaths } from 'astro';
import { entryOf, getSite } from '~/data/site';
import { foldersOf } from '~/lib/navigation/folders';
import { sitemapXml } from '~/lib/navigation/sitemap';
import { lastChanged } from '~/data/git-dates';

/**
 * `/sitemap.xml`: the home page, the area and folder indexes and every canonical page URL (alias redirects
 * and demo frames are not pages to index). A sitemap needs absolute URLs, so it is built only
 * when the deployed origin is known (SITE_URL).
 */
export const getStaticPaths = (() => {
  const site: unknown = import.meta.env.SITE;
  return typeof site === 'string' && /^https?:\/\//.test(site)
    ? [{ params: { sitemap: 'sitemap' } }]
    : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const siteData = await getSite();
  const origin = site as URL;
  const urls = [
    { loc: new URL('/', origin).href },
    ...siteData.index.areas.map((area) => ({ loc: new URL(`/${area}`, origin).href })),
    ...foldersOf(siteData.index).map((folder) => ({ loc: new URL(folder.url, origin).href })),
    ...siteData.index.pages.map((page) => {
      const file = entryOf(siteData, page).filePath;
      return {
        loc: new URL(page.url, origin).href,
        lastmod: file ? lastChanged(file)?.slice(0, 10) : undefined,
      };
    }),
  ];
  return new Response(sitemapXml(urls), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
