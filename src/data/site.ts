import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseFrontmatter } from 'astro/markdown';
import { unsafeMarkdownReport } from '~/lib/pages/unsafe-markup';
import { assertReferencesResolve } from '~/lib/navigation/references';
import {
  buildSiteIndex,
  pageKey,
  type SiteIndex,
  type SitePage,
} from '~/lib/navigation/site-index';
import { mdnAliases } from '~/lib/navigation/mdn-urls';
import { reportSkippedAliases, reportYieldedPages } from './build-report';
import { formerMdnSlugOf, mdnUrlOf } from './compat';
import { pageFeatures } from './features';
import { reviewRank } from '~/lib/pages/review-rank';
import { wikiDir } from './content-dirs';

/** A page of the site: curated, or imported from the WebPlatform wiki. */
export type PageEntry = CollectionEntry<'reference'> | CollectionEntry<'wiki'>;

/** The site as one build sees it: the index, and each page's content entry by key. */
export interface Site {
  index: SiteIndex;
  entries: ReadonlyMap<string, PageEntry>;
  /** Per-page results computed once per site (page models), by key. */
  memo: Map<string, unknown>;
}

let cached: { fingerprint: string; site: Promise<Site> } | undefined;

/**
 * The site, indexed once per build. In the dev server the collections change as files are
 * edited: the index is rebuilt when any entry's id or content digest changed (cheap beside the
 * index itself), so an edited page shows its change.
 */
export async function getSite(): Promise<Site> {
  if (!import.meta.env.DEV) {
    // A build's content never changes: read the collections and index them once.
    cached ??= {
      fingerprint: '',
      site: siteEntries().then(async (entries) => {
        await assertRendered(entries);
        return indexSite(entries);
      }),
    };
    return cached.site;
  }
  const entries = await siteEntries();
  const fingerprint = entries
    .map((entry) => `${entry.collection}:${entry.id}:${entry.digest ?? ''}`)
    .join('\n');
  if (cached?.fingerprint !== fingerprint) {
    cached = { fingerprint, site: Promise.resolve(indexSite(entries)) };
  }
  return cached.site;
}

async function siteEntries(): Promise<PageEntry[]> {
  const [curated, wiki] = await Promise.all([getCollection('reference'), wikiEntries()]);
  return [...curated, ...wiki];
}

/** The wiki collection; empty (without Astro's warning on every read) when there is none. */
const wikiEntries = async (): Promise<CollectionEntry<'wiki'>[]> =>
  wikiDir ? getCollection('wiki') : [];

/**
 * Fails naming every Markdown page that did not render, and why. In a build, the glob loader
 * renders Markdown while it loads the collection and only logs a failure (such as unsafe markup,
 * src/lib/pages/unsafe-markup.ts), keeping the page with no body; from its cache it does not even
 * log it again. Such a page must not ship. The reason is found again from the file (the
 * collection keeps no Markdown source), its frontmatter blanked so that lines keep their numbers.
 */
async function assertRendered(entries: readonly PageEntry[]): Promise<void> {
  // MDX is compiled as a module, not rendered while loading: only Markdown has `rendered`.
  const failed = entries.filter(
    (entry) => entry.collection === 'wiki' && entry.filePath?.endsWith('.md') && !entry.rendered
  );
  if (failed.length === 0) return;
  const reasons = await Promise.all(
    failed.map(async (entry) => {
      const file = entry.filePath ?? entry.id;
      const reason = await readFile(file, 'utf8').then(
        (text) =>
          unsafeMarkdownReport(
            parseFrontmatter(text, { frontmatter: 'empty-with-lines' }).content,
            pathToFileURL(file)
          ),
        () => undefined
      );
      return reason ?? `${file}: did not render (the reason is logged above)`;
    })
  );
  throw new Error(
    [
      `${failed.length} Markdown page${failed.length === 1 ? '' : 's'} did not render:`,
      ...reasons,
    ].join('\n')
  );
}

function indexSite(entries: readonly PageEntry[]): Site {
  const curated = entries.filter((entry) => entry.collection === 'reference');
  assertReferencesResolve(
    curated.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      related: entry.data.related,
    }))
  );
  const index = buildSiteIndex(
    entries.map((entry) => {
      const imported = entry.collection === 'wiki';
      const { keys } = pageFeatures(entry.id, entry.data, imported);
      return {
        id: entry.id,
        filePath: entry.filePath ?? entry.id,
        title: entry.data.title,
        kind: entry.data.kind,
        aliases: entry.data.aliases,
        // MDN links to the page's features reach it: the MDN page of each of its BCD keys,
        // its own or the one found for an imported page, where it is now and where it was.
        derivedAliases: mdnAliases(
          { kind: entry.data.kind, bcd: keys, imported },
          mdnUrlOf,
          formerMdnSlugOf
        ),
        imported,
        lang: entry.data.wiki?.lang,
        reviewRank: reviewRank(entry.data),
      };
    })
  );
  reportYieldedPages(index.yielded);
  reportSkippedAliases(index.skippedAliases);
  return {
    index,
    entries: new Map(
      entries.map((entry) => [
        pageKey({ id: entry.id, imported: entry.collection === 'wiki' }),
        entry,
      ])
    ),
    memo: new Map(),
  };
}

/** The entry of a page of the index. */
export function entryOf(site: Site, page: SitePage): PageEntry {
  const entry = site.entries.get(page.key);
  if (!entry) throw new Error(`No content entry for ${page.key}`);
  return entry;
}
