import { createSiteHighlight, type CodeLanguage, type Highlight } from '~/lib/code/highlight';
import { takePreloaded } from './preloaded';

let siteHighlight: Promise<Highlight> | undefined;

/**
 * Highlights with the site's code themes, through one highlighter for the whole build: in a
 * build, the one a thread of its own made while Vite bundled (src/integrations/preload.ts); in
 * the dev server, one made here on first use.
 */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
  siteHighlight ??= takePreloaded('highlight') ?? createSiteHighlight();
  return (await siteHighlight)(code, lang);
}
