import { defineMiddleware } from 'astro:middleware';
import { trimCspHashes } from './lib/security/csp-hashes.ts';

/**
 * Each page's CSP <meta> allows only the inline scripts and styles that page holds
 * (src/lib/security/csp-hashes.ts): Astro lists hashes for island scripts the site never
 * renders. Done as each page renders, so the build reads and writes no page twice.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(trimCspHashes(html), response);
});
