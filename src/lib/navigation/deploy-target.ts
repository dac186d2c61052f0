/**
 * Where the built site will be served, and what that changes in the output. Every page URL has
 * no trailing slash (`/dom/Window/message`); hosts differ in which file answers it and in how
 * they read `_redirects`:
 * - `static` (the default): any static file server (`python3 -m http.server`, nginx, Apache, S3).
 *   Pages are `dom/Window/message/index.html`, which every server serves (most after redirecting
 *   to `…/message/`).
 * - `netlify`, `cloudflare-pages`, `github-pages`: pages are `dom/Window/message.html`, which
 *   these hosts serve at `/dom/Window/message` itself, with no redirect. Netlify applies a
 *   `_redirects` rule over an existing file only when it is forced (`301!`); Cloudflare Pages
 *   always applies rules and refuses `!`. GitHub Pages reads no `_redirects` at all.
 * See https://github.com/slorber/trailing-slash-guide for each host's behaviour.
 */

/** The hosts the build knows. */
export const DEPLOY_TARGETS = ['static', 'netlify', 'cloudflare-pages', 'github-pages'] as const;

/** A host the build knows. */
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

/** The two layouts Astro's `build.format` offers that this site uses. */
export type OutputFormat = 'directory' | 'file';

/** What chooses the target: the build's environment variables. */
export interface TargetEnvironment {
  /** One of DEPLOY_TARGETS, when the person building chooses. */
  DEPLOY_TARGET?: string | undefined;
  /** Set to `true` by Netlify's build environment. */
  NETLIFY?: string | undefined;
  /** Set to `1` by Cloudflare Pages' build environment. */
  CF_PAGES?: string | undefined;
}

/**
 * The target of this build: DEPLOY_TARGET when set; else the host whose build environment this
 * is (Netlify, Cloudflare Pages); else `static`. Throws for an unknown DEPLOY_TARGET.
 */
export function deployTarget(env: TargetEnvironment): DeployTarget {
  const chosen = env.DEPLOY_TARGET?.trim();
  if (chosen) {
    const known = DEPLOY_TARGETS.find((target) => target === chosen);
    if (known) return known;
    throw new Error(
      `DEPLOY_TARGET is "${chosen}": expected one of ${DEPLOY_TARGETS.map((t) => `"${t}"`).join(', ')}`
    );
  }
  if (env.NETLIFY === 'true') return 'netlify';
  if (env.CF_PAGES === '1') return 'cloudflare-pages';
  return 'static';
}

/** The layout of pages on disk for a target. */
export const outputFormat = (target: DeployTarget): OutputFormat =>
  target === 'static' ? 'directory' : 'file';

/** The file, relative to the output folder, that serves a page URL in a format. */
export function pageFile(url: string, format: OutputFormat): string {
  const path = url.replace(/^\/+|\/+$/g, '');
  if (path === '') return 'index.html';
  return format === 'directory' ? `${path}/index.html` : `${path}.html`;
}

/**
 * The file of a page's JSON view in the output, in either format: `/a/b` → `a/b.json` (beside
 * `a/b.html` or the folder `a/b/`).
 */
export function pageJsonFile(url: string): string {
  const path = url.replace(/^\/+|\/+$/g, '');
  if (path === '') throw new Error('The home page has no JSON view');
  return `${path}.json`;
}

/**
 * The page URL an HTML file of the output serves, in either format: `a/b/index.html` and
 * `a/b.html` are both `/a/b`; `index.html` is `/`. Undefined for a file that is not HTML.
 */
export function urlOfPageFile(file: string): string | undefined {
  const path = file.replace(/\\/g, '/').replace(/^\/+/, '');
  if (!path.endsWith('.html')) return undefined;
  const url = path.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `/${url}`;
}

/**
 * The canonical URL of a page from the path a tool reports for its file, in either format:
 * Pagefind reports `/dom/Window/message/` (directory) or `/dom/Window/message.html` (file).
 * A query or fragment is kept.
 */
export function canonicalPagePath(path: string): string {
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(path) ?? [];
  const page = pathname
    .replace(/\/index\.html$/, '/')
    .replace(/\.html$/, '')
    .replace(/(.)\/+$/, '$1');
  return `${page}${rest}`;
}
