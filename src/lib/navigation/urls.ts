/**
 * URLs of reference pages. A page's id is its file path under the content folder without the
 * extension, case kept (`dom/Window/message`), and its canonical URL is that id after a `/`: the
 * WebPlatform.org scheme, so links from old wiki copies keep working.
 */

/** The entry id of a content file, from its path relative to the collection folder. */
export function entryIdFromPath(path: string): string {
  const id = path
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/, '')
    .replace(/\/index$/, '');
  if (!/^[^\s/]+(?:\/[^\s/]+)*$/.test(id)) {
    throw new Error(
      `${path}: a reference page's path must be folders and a file name without spaces`
    );
  }
  return id;
}

/** Where an imported wiki page is published when a curated page has replaced it. */
export const WIKI_ORIGINAL_SEGMENT = 'wiki-original';

/** The area a page belongs to: the first segment of its id (`dom`, `apis`, `css`…). */
export function areaOf(id: string): string {
  return id.split('/')[0] ?? id;
}

/**
 * The absolute URL of a site path on the deployed origin, or undefined when the build does not
 * know its origin (no SITE_URL). Canonical links and og:url must be absolute: a relative one is
 * read by crawlers against whatever host served the copy, and Lighthouse fails it.
 */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/**
 * Why a path is not a clean absolute site path, or undefined when it is one. A redirect's source
 * becomes a file in the output and a line of `_redirects`, and its target a `Location`; so a
 * path must stay on this site and in its folder: one leading `/` (`//host` and `/\host` are
 * other hosts to a browser), no `.` or `..` segment, plain or percent-encoded (`%2e%2e`), no
 * encoded `/` or `\`, no empty segment or trailing `/`, no query or fragment, no whitespace or
 * control character, and no first segment the build or hosts reserve (`_astro`, `.well-known`).
 */
export function sitePathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'it does not start with "/"';
  if (path.startsWith('//')) return 'it starts with "//", which names another host';
  if (path.includes('\\')) return 'it has a "\\", which browsers read as "/"';
  if (/[\s\u0000-\u001f\u007f]/u.test(path)) return 'it has whitespace or a control character';
  if (/[?#]/.test(path)) return 'it has a query or fragment ("?" or "#")';
  if (path === '/' || path.endsWith('/')) return 'it ends with "/"';
  if (/%(?![0-9a-f]{2})/i.test(path)) return 'it has a "%" that starts no escape';
  if (/%(?:2e|2f|5c|[01][0-9a-f]|7f)/i.test(path))
    return 'it has a percent-encoded ".", "/", "\\" or control character';
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '')) return 'it has an empty segment ("//")';
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return 'it has a "." or ".." segment';
  if (/^[_.]/.test(segments[0] ?? '')) return 'its first segment starts with "_" or "."';
  return undefined;
}

/** A path with its percent-escapes decoded, or as it is where they are not valid UTF-8. */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Whether a URL runs script when followed: `javascript:` (and the old `vbscript:`), however it
 * is written. Browsers ignore the case of a scheme, spaces and control characters around a URL
 * and tabs and newlines within it (https://url.spec.whatwg.org/#concept-basic-url-parser), so
 * ` Java\tScript:` counts; this drops every one of them anywhere, to err on the safe side.
 */
export function isScriptUrl(value: string): boolean {
  const scheme = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:');
}
