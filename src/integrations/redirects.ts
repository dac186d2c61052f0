import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { followRedirect, inlineCode, inlineScriptHash } from '../client/inline-scripts.ts';
import { type DeployTarget, outputFormat, pageFile } from '../lib/navigation/deploy-target.ts';
import {
  CLOUDFLARE_STATIC_LIMIT,
  redirectPage,
  redirectsFile,
  type RedirectScript,
} from '../lib/navigation/redirects.ts';
import { absoluteUrl } from '../lib/navigation/urls.ts';
import { redirectsOf, type UrlIndex } from '../lib/navigation/url-index.ts';

/** The redirect pages' script and its CSP hash, for a `_headers` CSP that must allow it too. */
export function redirectScript(): RedirectScript {
  const runs = [followRedirect];
  return { code: inlineCode(runs), hash: inlineScriptHash(runs) };
}

/**
 * Writes every redirect of the site once the pages are built (astro:build:done), from the
 * `/url-index.json` the build wrote: an HTML page at each alias (any host serves it), the
 * `_redirects` file of 301s (Netlify, Cloudflare Pages) and `.nojekyll` (GitHub Pages would
 * otherwise drop `_astro/`). Thousands of redirect pages cost a template each here, not a route
 * render each. An alias whose file already exists (a page, an asset) fails the build.
 */
export function redirectsIntegration(target: DeployTarget): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'wp:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const index = JSON.parse(readFileSync(join(out, 'url-index.json'), 'utf8')) as UrlIndex;
        const redirects = redirectsOf(index);
        const format = outputFormat(target);
        const script = redirectScript();

        const clashes: string[] = [];
        for (const redirect of redirects) {
          const file = join(out, pageFile(redirect.from, format));
          if (existsSync(file)) {
            clashes.push(`  ${redirect.from} → ${redirect.to}: ${file} exists`);
            continue;
          }
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(
            file,
            redirectPage(
              { to: redirect.to, title: redirect.title, canonical: absoluteUrl(redirect.to, site) },
              script
            )
          );
        }
        if (clashes.length > 0)
          throw new Error(
            [`${clashes.length} alias(es) would overwrite a file of the site:`, ...clashes].join(
              '\n'
            )
          );

        const rules = redirectsFile(
          redirects,
          index.pages.map(([url]) => url),
          { force: target === 'netlify' }
        );
        writeFileSync(join(out, '_redirects'), rules.text);
        writeFileSync(join(out, '.nojekyll'), '');
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${redirects.length} redirect pages and _redirects (${rules.staticRules} exact rules, ${rules.dynamicRules} splats) written in ${ms} ms.`
        );
        if (target === 'cloudflare-pages' && rules.staticRules > CLOUDFLARE_STATIC_LIMIT)
          logger.warn(
            `Cloudflare Pages reads the first ${CLOUDFLARE_STATIC_LIMIT} of ${rules.staticRules} exact rules; the other URLs reach their page through its redirect page or the 404 page.`
          );
        if (rules.unwritable.length > 0)
          logger.info(
            `${rules.unwritable.length} aliases have "*" or ":" in their path, which _redirects reads as syntax: their redirect pages serve them.`
          );
      },
    },
  };
}
