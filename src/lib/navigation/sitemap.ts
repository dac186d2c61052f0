/** A sitemap (https://www.sitemaps.org/protocol.html) for the given absolute URLs. */
export function sitemapXml(urls: readonly { loc: string; lastmod?: string | undefined }[]): string {
  const escape = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c
    );
  const entries = urls.map(
    ({ loc, lastmod }) =>
      `  <url><loc>${escape(loc)}</loc>${lastmod ? `<lastmod>${escape(lastmod)}</lastmod>` : ''}</url>`
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}
