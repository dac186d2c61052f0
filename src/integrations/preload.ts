import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { offerPreloaded } from '../data/preloaded.ts';
import type { IdlIndex } from '../lib/specs/idl-model.ts';
import { createSiteHighlight, memoized, type Highlight } from '../lib/code/highlight.ts';
import type { HighlightAnswer, HighlightRequest } from '../lib/code/highlight-worker.ts';

/**
 * Starts, when a build starts (astro:build:start), what every page needs and the one thread
 * that renders pages would otherwise make first, on other threads while Vite bundles: the
 * @webref/idl index (0.7 s to parse) and the highlighter for components' code (0.4 s to make and
 * compile its grammars). The pages take them through src/data/preloaded.ts. The dev server makes
 * them on first use instead.
 */
export function preloadIntegration(): AstroIntegration {
  let highlightThread: Worker | undefined;
  return {
    name: 'wp:preload',
    hooks: {
      'astro:build:start': ({ logger }) => {
        offerPreloaded('idl-index', () => parsedIdl(logger));
        offerPreloaded('highlight', async () => {
          highlightThread = new Worker(new URL('../lib/code/highlight-worker.ts', import.meta.url));
          return highlightOn(highlightThread, logger);
        });
      },
      'astro:build:done': async () => {
        await highlightThread?.terminate();
      },
    },
  };
}

/** The IDL index, parsed on a thread; undefined if that failed (the pages then parse it). */
export function parsedIdl(logger: AstroIntegrationLogger): Promise<IdlIndex | undefined> {
  return new Promise((resolve) => {
    const thread = new Worker(new URL('../data/idl-worker.ts', import.meta.url));
    thread.once('message', (index: IdlIndex) => {
      resolve(index);
      void thread.terminate();
    });
    thread.once('error', (error) => {
      logger.warn(`Parsing the IDL on another thread failed: ${error.message}`);
      resolve(undefined);
    });
    thread.once('exit', () => resolve(undefined));
  });
}

/**
 * Highlighting by the thread, each code asked once. Should the thread fail or stop, what it had
 * not answered, and all that follows, is highlighted on this thread instead. The thread keeps
 * the process alive only while it has questions to answer.
 */
export function highlightOn(thread: Worker, logger: AstroIntegrationLogger): Highlight {
  type Waiting = HighlightRequest & { answer: (html: Promise<string>) => void };
  const waiting = new Map<number, Waiting>();
  let local: Promise<Highlight> | undefined;
  let failed = false;
  const highlightHere = (code: string, lang: HighlightRequest['lang']) =>
    (local ??= createSiteHighlight()).then((highlight) => highlight(code, lang));
  // A thread that stops with nothing asked of it has simply been ended (the build is done).
  const fail = (why: string, evenIfIdle = true) => {
    if (failed) return;
    failed = true;
    if (evenIfIdle || waiting.size > 0) logger.warn(`${why}: highlighting here instead.`);
    for (const request of waiting.values())
      request.answer(highlightHere(request.code, request.lang));
    waiting.clear();
  };
  let next = 0;
  thread.unref();
  thread.on('message', (answer: HighlightAnswer) => {
    const request = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) thread.unref();
    request?.answer(
      'html' in answer
        ? Promise.resolve(answer.html)
        : Promise.reject(new Error(`Highlighting failed: ${answer.error}`))
    );
  });
  thread.once('error', (error) => fail(`The highlighting thread failed (${error.message})`));
  thread.once('exit', (code) => fail(`The highlighting thread stopped (exit code ${code})`, false));
  return memoized((code, lang) => {
    if (failed) return highlightHere(code, lang);
    return new Promise<string>((resolve, reject) => {
      const id = next++;
      if (waiting.size === 0) thread.ref();
      waiting.set(id, { id, code, lang, answer: (html) => html.then(resolve, reject) });
      thread.postMessage({ id, code, lang } satisfies HighlightRequest);
    });
  });
}
