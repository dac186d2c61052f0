import { existsSync } from 'node:fs';

/**
 * Where the two collections' files are. The curated reference: MDX pages written for this site;
 * fixture builds (tests that a broken page fails the build) point WPREF_CONTENT_DIR at their own
 * folder. The WebPlatform wiki: imported once into Markdown and kept in the repository as the
 * site's own content (`npm run import`); `npm run build:with-wiki -- <corpus>` points
 * WPREF_WIKI_DIR at another corpus's import, and fixture builds at a small one or none.
 */
export const referenceDir = process.env['WPREF_CONTENT_DIR'] ?? './src/content/reference';

/**
 * The wiki folder, or undefined when there is none (the site is then the curated pages only;
 * WPREF_WIKI_DIR="" asks for that).
 */
export const wikiDir: string | undefined = ((dir) => (dir && existsSync(dir) ? dir : undefined))(
  process.env['WPREF_WIKI_DIR'] ?? './src/content/wiki'
);
