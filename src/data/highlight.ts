import { createHighlight, type CodeLanguage, type Highlight } from '~/lib/code/highlight';
import { loadCodeThemes } from '~/lib/code/code-themes';
import { takePreloaded } from './preloaded';

let siteHighlight: Promise<Highlight> | undefined;

/**
 * Highlights with the site's code themes, through one highlighter for the whole build: in a
 * build, the one a thread of its own made while Vite bundled (src/integrations/preload.ts); in
 * the dev server, one made here on first use.
 */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
  siteHighlight ??= takePreloaded('highlight') ?? loadCodeThemes().then(createHighlight);
  return (await siteHighlight)(code, lang);
}
