import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { offerPreloaded } from '../data/preloaded.ts';
import type { IdlIndex } from '../lib/specs/idl-model.ts';

/**
 * Parses @webref/idl on another thread while Vite bundles (astro:build:start), so the pages,
 * whose spec lists and interface blocks all need it, start with it parsed: parsing took 0.7 s
 * of the one thread that renders pages. The dev server parses on first use instead. Should the
 * thread fail, the pages parse the IDL themselves, and that parse reports what is wrong.
 */
export function idlPreloadIntegration(): AstroIntegration {
  return {
    name: 'wp:idl-preload',
    hooks: {
      'astro:build:start': ({ logger }) => {
        offerPreloaded(
          'idl-index',
          () =>
            new Promise<IdlIndex | undefined>((resolve) => {
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
            })
        );
      },
    },
  };
}
