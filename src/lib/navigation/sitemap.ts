import { escapeMarkup } from '../pages/markup';

/** A sitemap (https://www.sitemaps.org/protocol.html) for the given absolute URLs. */
export function sitemapXml(urls: readonly { loc: string; lastmod?: string | undefined }[]): string {
  const entries = urls.map(
    ({ loc, lastmod }) =>
      `  <url><loc>${escapeMarkup(loc)}</loc>${lastmod ? `<lastmod>${escapeMarkup(lastmod)}</lastmod>` : ''}</url>`
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}
