import type { SkippedAlias, YieldedPage } from '~/lib/navigation/site-index';

/**
 * Says in the build's output what the build decided about content that a reader would otherwise
 * miss: imported pages published at another URL because a curated page, an alias or an area
 * index has theirs.
 */
export function reportYieldedPages(yielded: readonly YieldedPage[]): void {
  if (yielded.length === 0) return;
  console.info(
    [
      `[wp:site] ${yielded.length} imported ${yielded.length === 1 ? 'page yields its URL' : 'pages yield their URLs'}:`,
      ...yielded.map((page) => `  ${page.wanted} → ${page.url} (${page.takenBy} has it)`),
    ].join('\n')
  );
}

/** Says which URLs derived from data (MDN URLs of BCD keys) were left out, and why. */
export function reportSkippedAliases(skipped: readonly SkippedAlias[]): void {
  if (skipped.length === 0) return;
  console.warn(
    [
      `[wp:site] ${skipped.length} derived ${skipped.length === 1 ? 'alias is' : 'aliases are'} not clean site paths and redirect nowhere:`,
      ...skipped.map((alias) => `  ${alias.filePath}: ${alias.path}: ${alias.problem}`),
    ].join('\n')
  );
}
