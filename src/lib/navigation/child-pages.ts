import { WIKI_ORIGINAL_SEGMENT } from './urls';

/**
 * The pages one level under `parent` (`javascript/Array` → `javascript/Array/concat`), in title
 * order. A page replaced by a curated one and published at `<id>/wiki-original` counts as its
 * parent's copy, not a child.
 */
export function childPages<T extends { id: string; data: { title: string } }>(
  pages: readonly T[],
  parent: string
): T[] {
  const prefix = `${parent}/`;
  return pages
    .filter((page) => {
      if (!page.id.startsWith(prefix)) return false;
      const rest = page.id.slice(prefix.length);
      return !rest.includes('/') && rest !== WIKI_ORIGINAL_SEGMENT;
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}
