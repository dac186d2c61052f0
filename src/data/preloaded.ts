import type { IdlIndex } from '../lib/specs/idl-model.ts';
import type { Highlight } from '../lib/code/highlight.ts';

/**
 * Build-time data that an integration starts computing before the pages render (on another
 * thread, while Vite bundles), for the data modules the pages use to take when they first need
 * it. The hand-over is on `globalThis`: the integration and the pages' bundle run in one process
 * but load separate copies of every module.
 */
export interface Preloaded {
  /** @webref/idl parsed (src/integrations/preload.ts); undefined if that failed. */
  'idl-index': IdlIndex | undefined;
  /** Code highlighting on a thread of its own (src/integrations/preload.ts). */
  highlight: Highlight;
}

const PRELOADED = Symbol.for('wpref.preloaded');

const slots = (): Map<keyof Preloaded, Promise<unknown>> => {
  const holder = globalThis as { [PRELOADED]?: Map<keyof Preloaded, Promise<unknown>> };
  holder[PRELOADED] ??= new Map();
  return holder[PRELOADED];
};

/** Starts computing the data of a name; a second offer of the same name keeps the first. */
export function offerPreloaded<K extends keyof Preloaded>(
  name: K,
  start: () => Promise<Preloaded[K]>
): void {
  const held = slots();
  if (!held.has(name)) held.set(name, start());
}

/** The data of a name, if an integration started it (in builds, not in the dev server). */
export function takePreloaded<K extends keyof Preloaded>(
  name: K
): Promise<Preloaded[K]> | undefined {
  return slots().get(name) as Promise<Preloaded[K]> | undefined;
}
