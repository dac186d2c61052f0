/**
 * How the build bundles MDX pages for rendering. By default each MDX page is two modules of its
 * own (the page and Astro's wrapper that lists its styles), and rendering a page imports both:
 * Node resolves, reads, compiles and links each, which for 1,000 MDX pages was over a second of
 * route generation. Grouped into a fixed number of chunks, a page costs one import of a chunk
 * most pages share. Markdown pages have no module each (Astro keeps their HTML in its data
 * store), so this concerns curated (MDX) pages only.
 */

/** How many chunks hold the MDX pages. */
export const CONTENT_CHUNKS = 16;

/** The chunk an MDX module goes in (the same for a page and its wrapper), or null for others. */
export function contentChunkName(moduleId: string): string | null {
  const [path = '', query = ''] = moduleId.split('?', 2);
  if (!path.endsWith('.mdx') || (query !== '' && query !== 'astroPropagatedAssets')) return null;
  let hash = 0;
  for (let i = 0; i < path.length; i++) hash = (hash * 31 + path.charCodeAt(i)) | 0;
  return `content-${Math.abs(hash) % CONTENT_CHUNKS}`;
}
