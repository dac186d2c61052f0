/**
 * The memory of each importer thread (`npm run import`), shared by the importer and the bench
 * that times it, so the bench measures the importer as it runs.
 */
import type { ResourceLimits } from 'node:worker_threads';

/**
 * A thread's heap: `WPREF_IMPORT_HEAP_MB` (2,048 by default), of which a young generation of a
 * quarter, up to 192 MB. Parsing a page allocates many short-lived nodes; with V8's default
 * young generation, collecting them took a fifth of the time of a 1 MB page.
 */
export function importWorkerLimits(
  env: NodeJS.ProcessEnv = process.env
): Required<Pick<ResourceLimits, 'maxOldGenerationSizeMb' | 'maxYoungGenerationSizeMb'>> {
  const heap = Number(env['WPREF_IMPORT_HEAP_MB'] ?? 2048);
  return { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: Math.min(192, heap / 4) };
}
