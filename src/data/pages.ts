import { getCollection, type CollectionEntry } from 'astro:content';

/** A page of the site: curated, or imported from the WebPlatform wiki. */
export type PageEntry = CollectionEntry<'reference'> | CollectionEntry<'imported'>;

/**
 * Every page the site publishes: the curated reference and, in a build with the wiki import,
 * the imported pages (whose ids never collide with curated ones: see importedEntryId).
 */
export async function sitePages(): Promise<PageEntry[]> {
  const [curated, imported] = await Promise.all([
    getCollection('reference'),
    getCollection('imported'),
  ]);
  return [...curated, ...imported];
}
