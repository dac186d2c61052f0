import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePages } from '~/data/pages';
import { sitemapXml } from '~/lib/navigation/sitemap';
import { areaOf, pageUrl, sourcePath } from '~/lib/navigation/urls';
import { lastChanged } from '~/data/git-dates';

/**
 * `/sitemap.xml`: the home page, the area pages and every canonical page URL (alias redirects
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
  const pages = await sitePages();
  const origin = site as URL;
  const areas = [...new Set(pages.map((page) => areaOf(page.id)))];
  const urls = [
    { loc: new URL('/', origin).href },
    ...areas.map((area) => ({ loc: new URL(`/${area}`, origin).href })),
    ...pages.map((page) => ({
      loc: new URL(pageUrl(page.id), origin).href,
      lastmod: lastChanged(page.filePath ?? sourcePath(page.id))?.slice(0, 10),
    })),
  ];
  return new Response(sitemapXml(urls), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
