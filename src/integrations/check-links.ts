import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { urlOfPageFile } from '../lib/navigation/deploy-target.ts';
import { scanHtml } from '../lib/navigation/html-scan.ts';
import { checkLinks, formatLinkProblems, type BuiltPage } from '../lib/navigation/link-check.ts';
import { resolveNotFound, urlLookup } from '../lib/navigation/not-found.ts';
import type { UrlIndex } from '../lib/navigation/url-index.ts';

/** Every file under a folder, as paths relative to it with `/` separators. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The first line of a source file that holds a link, for the message; undefined if none does. */
function lineOf(source: string, link: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(link));
  return at === -1 ? undefined : at + 1;
}

/** How many broken links of imported pages the build prints; the rest go to a report file. */
const SHOWN = 20;

/**
 * Fails the build when a page written for the site has a broken internal link or `#anchor`
 * (astro:build:done, after the redirect pages are written), naming the source file, its line,
 * the page and the link. Every built page is scanned (html-scan.ts), not only the prose: a
 * broken link in a layout is as broken. Pages imported from the wiki are reported, not fatal:
 * their links are the wiki's, and a link to a wiki page nobody wrote must not stop the site.
 */
export function checkLinksIntegration(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'wp:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const pages: BuiltPage[] = [];
        const files = new Set<string>();
        for (const file of filesUnder(out)) {
          const url = file.startsWith('pagefind/') ? undefined : urlOfPageFile(file);
          if (url === undefined) files.add(`/${file}`);
          else pages.push({ url, scan: scanHtml(readFileSync(join(out, file), 'utf8')) });
        }
        const index = JSON.parse(readFileSync(join(out, 'url-index.json'), 'utf8')) as UrlIndex;
        const lookup = urlLookup(index);
        const problems = checkLinks(pages, files, (path) => {
          const resolution = resolveNotFound(path, lookup, 1);
          return resolution.kind === 'redirect' ? resolution.to : resolution.pages[0]?.url;
        });
        const ms = Math.round(performance.now() - started);
        const fatal = problems.filter((problem) => !problem.imported);
        const imported = problems.filter((problem) => problem.imported);
        if (imported.length > 0) {
          const lines = formatLinkProblems(imported);
          const report = cacheDir ? join(fileURLToPath(cacheDir), 'broken-links.txt') : undefined;
          if (report) writeFileSync(report, `${lines.join('\n')}\n`);
          logger.warn(
            [
              `${imported.length} broken links in ${new Set(imported.map((p) => p.page)).size} imported pages (not fatal):`,
              ...lines.slice(0, SHOWN),
              ...(lines.length > SHOWN
                ? [
                    `  … and ${lines.length - SHOWN} more${report ? `, all listed in ${report}` : ''}`,
                  ]
                : []),
            ].join('\n')
          );
        }
        if (fatal.length > 0) {
          throw new Error(
            [
              `${fatal.length} broken link${fatal.length === 1 ? '' : 's'} or anchor${fatal.length === 1 ? '' : 's'}:`,
              ...formatLinkProblems(fatal, lineOf),
            ].join('\n')
          );
        }
        logger.info(
          `Checked the links and anchors of ${pages.length} pages in ${ms} ms: none broken${imported.length > 0 ? ' in pages written for the site' : ''}.`
        );
      },
    },
  };
}
