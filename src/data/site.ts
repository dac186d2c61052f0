import { getCollection, type CollectionEntry } from 'astro:content';
import { assertReferencesResolve } from '~/lib/navigation/references';
import {
  buildSiteIndex,
  pageKey,
  type SiteIndex,
  type SitePage,
} from '~/lib/navigation/site-index';
import { reviewRank } from '~/lib/pages/review-rank';
import { reportYieldedPages } from './build-report';
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
    cached ??= { fingerprint: '', site: siteEntries().then(indexSite) };
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
    entries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      title: entry.data.title,
      kind: entry.data.kind,
      aliases: entry.data.aliases,
      imported: entry.collection === 'wiki',
      lang: entry.data.wiki?.lang,
      reviewRank: reviewRank(entry.data),
    }))
  );
  reportYieldedPages(index.yielded);
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
