import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled; the sitemap is named when the site's origin is known. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      ...(site ? [`Sitemap: ${new URL('/sitemap.xml', site).href}`] : []),
      '',
    ].join('\n'),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    }
  );
