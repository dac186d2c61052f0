import { describe, expect, test } from 'vitest';
import { sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  test('lists each URL, with its date when known, escaped', () => {
    expect(
      sitemapXml([
        { loc: 'https://x.test/a?b=1&c=2', lastmod: '2026-11-25' },
        { loc: 'https://x.test/' },
      ])
    ).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://x.test/a?b=1&amp;c=2</loc><lastmod>2026-11-25</lastmod></url>',
        '  <url><loc>https://x.test/</loc></url>',
        '</urlset>',
        '',
      ].join('\n')
    );
  });
});
