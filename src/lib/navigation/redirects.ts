import { escapeMarkup } from '../pages/markup';
import { MDN_LOCALE, MDN_LOCALES, MDN_SECTIONS } from './mdn-urls';
import type { IndexedRedirect } from './url-index';

/**
 * The two forms of redirect the build writes for every alias: an HTML page at the alias's path,
 * which any host serves, and a `_redirects` file of real 301s for the hosts that read one
 * (Netlify, Cloudflare Pages). Pure: the integration (src/integrations/redirects.ts) writes them.
 */

/** What a redirect page needs. */
export interface RedirectPageInput {
  /** The page's URL (`/dom/Window/message`). */
  to: string;
  /** The page's title, for the link. */
  title: string;
  /** The page's absolute URL, when the build knows its origin. */
  canonical: string | undefined;
}

/** The inline script a redirect page runs, and its CSP hash (`sha256-…`). */
export interface RedirectScript {
  code: string;
  hash: string;
}

/**
 * The HTML page served at an alias. Its script goes on to the page keeping the `#fragment` (a
 * refresh would drop it) and is the only script its CSP allows, by hash; without JavaScript a
 * meta refresh inside `<noscript>` goes on instead (inside, so it cannot race the script and win
 * without the fragment). Crawlers are told not to index it and, when the origin is known, which
 * URL is canonical.
 */
export function redirectPage(input: RedirectPageInput, script: RedirectScript): string {
  const href = escapeMarkup(input.to);
  const title = escapeMarkup(input.title);
  // A quote would end the refresh URL early (https://html.spec.whatwg.org/#shared-declarative-refresh-steps).
  const refresh = escapeMarkup(input.to.replaceAll("'", '%27').replaceAll('"', '%22'));
  const csp = `default-src 'none'; script-src '${script.hash}'; img-src 'self'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8">',
    `    <meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '    <meta name="viewport" content="width=device-width, initial-scale=1">',
    `    <title>Moved: ${title} · Web Platform Reference</title>`,
    '    <meta name="robots" content="noindex">',
    ...(input.canonical
      ? [`    <link rel="canonical" href="${escapeMarkup(input.canonical)}">`]
      : []),
    `    <noscript><meta http-equiv="refresh" content="0; url=${refresh}"></noscript>`,
    '  </head>',
    '  <body>',
    `    <p>This page has moved to <a id="wp-redirect" href="${href}">${title}</a>.</p>`,
    `    <script>${script.code}</script>`,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** Options of the `_redirects` file. */
export interface RedirectsOptions {
  /**
   * Netlify serves an existing file instead of applying a rule, unless the rule is forced
   * (`301!`); every alias has its HTML page, so Netlify builds force the exact rules. Cloudflare
   * Pages always applies rules and ignores a line with `!`, so others do not.
   */
  force: boolean;
}

/** The `_redirects` file and what it holds. */
export interface RedirectsFile {
  text: string;
  /** Exact rules (Cloudflare Pages reads the first 2,000). */
  staticRules: number;
  /** Splat rules (Cloudflare Pages reads the first 100, after every static rule). */
  dynamicRules: number;
  /** Aliases with a character `_redirects` reads as syntax (`*`, `:`): served by their HTML page. */
  unwritable: string[];
}

/** Cloudflare Pages' limits (https://developers.cloudflare.com/pages/configuration/redirects/). */
export const CLOUDFLARE_STATIC_LIMIT = 2000;
export const CLOUDFLARE_DYNAMIC_LIMIT = 100;

/** A path as `_redirects` wants it: percent-encoded beyond printable ASCII, escapes kept. */
const encodePath = (path: string) =>
  path.replace(/[^\x21-\x7e]/gu, (character) => encodeURIComponent(character));

/** Whether `_redirects` would read part of a path as a splat or a placeholder. */
const hasRuleSyntax = (path: string) => /\*|:\w/.test(path);

/**
 * The `_redirects` file (Netlify and Cloudflare Pages syntax: `from to status`), in the order
 * hosts should apply it: first every exact rule, as these hosts match paths case-sensitively —
 * curated aliases, then derived ones (MDN URLs), then each page URL and curated alias in lower
 * case; then the splats for other shapes of the same URLs — MDN's other locales and `en-us`,
 * MDN paths without a locale or without `/docs/`, and the old webplatform.github.io `/docs/…`.
 * A splat whose prefix has pages of the site under it is left out, so it can never hide one.
 */
export function redirectsFile(
  redirects: readonly IndexedRedirect[],
  pageUrls: readonly string[],
  options: RedirectsOptions
): RedirectsFile {
  const existing = new Set([...pageUrls, ...redirects.map((redirect) => redirect.from)]);
  const written = new Set<string>();
  const unwritable: string[] = [];
  const exact = (status: string) => (from: string, to: string) => {
    if (written.has(from)) return [];
    if (hasRuleSyntax(from)) {
      unwritable.push(from);
      return [];
    }
    written.add(from);
    return [`${encodePath(from)} ${encodePath(to)} ${status}`];
  };
  const rule = exact(options.force ? '301!' : '301');
  const lowerCase = (from: string, to: string) => {
    const lower = from.toLowerCase();
    return lower === from || existing.has(lower) ? [] : rule(lower, to);
  };

  const curated = redirects.filter((redirect) => !redirect.derived);
  const derived = redirects.filter((redirect) => redirect.derived);
  const staticLines = [
    '# Aliases of pages (their frontmatter "aliases")',
    ...curated.flatMap(({ from, to }) => rule(from, to)),
    '# MDN URLs of the pages’ features (BCD mdn_url), and imported pages’ aliases',
    ...derived.flatMap(({ from, to }) => rule(from, to)),
    '# Page URLs and aliases in lower case (these hosts match paths case-sensitively)',
    ...pageUrls.flatMap((url) => lowerCase(url, url)),
    ...curated.flatMap(({ from, to }) => lowerCase(from, to)),
  ];

  const splat = (prefix: string, to: string) =>
    pageUrls.some((url) => url.startsWith(prefix)) ? [] : [`${prefix}* ${to}:splat 301`];
  const mdnDocs = `/${MDN_LOCALE}/docs/`;
  const dynamicLines = [
    '# MDN URLs in other locales, without a locale, or without /docs/',
    ...[...MDN_LOCALES, ...MDN_LOCALES.map((l) => l.toLowerCase()), MDN_LOCALE.toLowerCase()]
      .filter((locale, at, all) => all.indexOf(locale) === at && locale !== MDN_LOCALE)
      .flatMap((locale) => splat(`/${locale}/docs/`, mdnDocs)),
    ...MDN_SECTIONS.flatMap((section) => splat(`/docs/${section}/`, `${mdnDocs}${section}/`)),
    ...MDN_SECTIONS.flatMap((section) => splat(`/${section}/`, `${mdnDocs}${section}/`)),
    '# The old webplatform.github.io URLs: /docs/<page>',
    ...splat('/docs/', '/'),
  ];
  const isRule = (line: string) => !line.startsWith('#');
  const header = [
    '# Written by the build (src/integrations/redirects.ts) from /url-index.json: do not edit.',
    '# Every alias also has an HTML page that redirects, for hosts that read no _redirects.',
  ];
  return {
    text: [...header, ...staticLines, ...dynamicLines, ''].join('\n'),
    staticRules: staticLines.filter(isRule).length,
    dynamicRules: dynamicLines.filter(isRule).length,
    unwritable,
  };
}
