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
