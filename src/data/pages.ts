import { getCollection, type CollectionEntry } from 'astro:content';

/** A page of the site: curated, or imported from the WebPlatform wiki. */
export type PageEntry = CollectionEntry<'reference'> | CollectionEntry<'imported'>;

/** Whether this build includes the wiki import (`npm run build:with-wiki`; see content.config.ts). */
const withWikiImport = Boolean(process.env['WPREF_IMPORTED_DIR']);

/**
 * Every page the site publishes: the curated reference and, in a build with the wiki import,
 * the imported pages (whose ids never collide with curated ones: see importedEntryId).
 */
export async function sitePages(): Promise<PageEntry[]> {
  const curated = await getCollection('reference');
  // Without the import the collection is empty, and Astro warns on every read of an empty one.
  return withWikiImport ? [...curated, ...(await getCollection('imported'))] : curated;
}
