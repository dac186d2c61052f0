/**
 * A thread that highlights the code components show (CodeBlock) for a build's pages
 * (src/integrations/preload.ts): the highlighter and its grammars are made here while Vite
 * bundles, on the other core, rather than by the first page that needs them. Plain Node runs
 * it, not Vite: relative imports only, with their extensions.
 */
import { parentPort } from 'node:worker_threads';
import { createSiteHighlight, type CodeLanguage } from './highlight.ts';
import { webidlGrammar } from './webidl-grammar.ts';

/** A request for highlighting. */
export interface HighlightRequest {
  id: number;
  code: string;
  lang: CodeLanguage;
}

/** The HTML for a request, or why there is none. */
export type HighlightAnswer = { id: number; html: string } | { id: number; error: string };

const highlight = await createSiteHighlight();
// The languages components highlight (sources in TypeScript, interfaces in WebIDL): their
// grammars load, and their main rules compile, before the first page asks.
await Promise.all([
  highlight('const ready: Promise<void> = Promise.resolve();', 'ts'),
  highlight('interface Ready : EventTarget { undefined ready(); };', webidlGrammar),
]);
parentPort?.on('message', ({ id, code, lang }: HighlightRequest) => {
  highlight(code, lang).then(
    (html) => parentPort?.postMessage({ id, html } satisfies HighlightAnswer),
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies HighlightAnswer)
  );
});
