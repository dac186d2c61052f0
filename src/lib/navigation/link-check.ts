import type { ScannedPage } from './html-scan';
import { decodePath, isScriptUrl } from './urls';

/**
 * The build's link check: every internal `href` and `src` of every built page must reach a page
 * or a file of the site, and every `#fragment` an element of the page it names (through a
 * redirect page to the page itself). Pure: the pages come in scanned (html-scan.ts) and the
 * site's other files as a set of paths, so a test needs no build.
 */

/** A built HTML page of the site. */
export interface BuiltPage {
  /** The URL it is served at (`/dom/Window/message`). */
  url: string;
  scan: ScannedPage;
}

/** A link that leads nowhere. */
export interface LinkProblem {
  /** The URL of the page that has the link. */
  page: string;
  /** The page's source file, when it has one. */
  source: string | undefined;
  /** Whether that page was imported rather than written for the site. */
  imported: boolean;
  /** The link as written. */
  link: string;
  /** What is wrong with it. */
  problem: string;
}

/**
 * A link with a scheme (`https:`, `mailto:`, `ftp:`…) leaves the site: not checked here. A browser
 * reads any `letter (letter | digit | + - .)* :` prefix as a scheme
 * (https://url.spec.whatwg.org/#scheme-state); script URLs are refused by the markup check.
 */
const EXTERNAL = /^[a-z][a-z\d+.-]*:/i;

/**
 * Every broken link of the pages. `files` holds the paths of the site's other files
 * (`/_astro/site.css`, `/dom/Window/message.json`); `suggest` names a page for a path that has
 * none, for the message of a page written for the site.
 */
export function checkLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  suggest: (path: string) => string | undefined = () => undefined
): LinkProblem[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const idsOf = new Map<string, Set<string>>();
  const ids = (page: BuiltPage) => {
    let set = idsOf.get(page.url);
    if (!set) idsOf.set(page.url, (set = new Set(page.scan.ids)));
    return set;
  };
  // The page a URL shows in the end: a redirect page shows the page it goes to.
  const finalPage = (page: BuiltPage) =>
    page.scan.redirect ? (byUrl.get(page.scan.redirect.split('#')[0] ?? '') ?? page) : page;

  const problems: LinkProblem[] = [];
  for (const page of pages) {
    if (page.scan.redirect) continue; // Written from the site index: its one link is a page.
    const seen = new Set<string>();
    const report = (link: string, problem: string) =>
      problems.push({
        page: page.url,
        source: page.scan.source,
        imported: page.scan.imported,
        link,
        problem,
      });
    for (const { url: link } of page.scan.links) {
      if (seen.has(link)) continue;
      seen.add(link);
      if (isScriptUrl(link)) {
        report(link, 'runs script: a javascript: URL');
        continue;
      }
      if (link === '' || link === '#' || EXTERNAL.test(link) || link.startsWith('//')) continue;
      const [, rawPath = '', , rawHash] = /^([^?#]*)(\?[^#]*)?(?:#(.*))?$/.exec(link) ?? [];
      const hash = rawHash === undefined ? undefined : decodePath(rawHash);
      let target: BuiltPage | undefined = page;
      if (rawPath !== '') {
        if (!rawPath.startsWith('/')) {
          report(
            link,
            `is relative: it would resolve differently at ${page.url} and ${page.url}/; write it from the site root`
          );
          continue;
        }
        const path = decodePath(rawPath);
        if (path.length > 1 && path.endsWith('/')) {
          report(link, `ends with "/": the site's URLs do not (write ${path.replace(/\/+$/, '')})`);
          continue;
        }
        target = byUrl.get(path);
        if (!target) {
          if (files.has(path)) continue;
          // Only pages written for the site get a suggestion: each costs a pass over every URL,
          // and the imported wiki has thousands of links to pages nobody wrote.
          const near = page.scan.imported ? undefined : suggest(path);
          report(
            link,
            `leads to no page or file of the site${near ? ` (did you mean ${near}?)` : ''}`
          );
          continue;
        }
      }
      if (hash === undefined || hash === '' || hash === 'top') continue;
      const shown = finalPage(target);
      if (!ids(shown).has(hash))
        report(link, `names #${hash}, but ${shown.url} has no element with that id`);
    }
  }
  return problems;
}

/** The problems as lines for the build's output, grouped by source file, in a stable order. */
export function formatLinkProblems(
  problems: readonly LinkProblem[],
  lineOf: (source: string, link: string) => number | undefined = () => undefined
): string[] {
  return [...problems]
    .sort(
      (a, b) =>
        (a.source ?? a.page).localeCompare(b.source ?? b.page) ||
        a.page.localeCompare(b.page) ||
        a.link.localeCompare(b.link)
    )
    .map((problem) => {
      const line = problem.source ? lineOf(problem.source, problem.link) : undefined;
      const where = problem.source
        ? `${problem.source}${line ? `:${line}` : ''} (${problem.page})`
        : `${problem.page} (a page of src/pages)`;
      return `  ${where}: "${problem.link}" ${problem.problem}`;
    });
}
