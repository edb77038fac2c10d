// The claims, loaded once (full-dataset.ts, a chunk of its own). The page starts with the summary
// (dataset.ts); what shows claims or quotes reads the whole dataset through useDataset, which
// suspends until it is here: a country opened before then shows its name, stance and summary at
// once and its claims when they arrive. On the server (the prerender) it is loaded before rendering.
import { type ReactPromise, use } from 'react';
import { lazyModule } from '../ui/lazy-part';
import type { DatasetIndex } from './indexes';

/**
 * A load, marked with how it settled in the fields React's use() reads (`status`, `value`,
 * `reason`), as React's docs ask of a library that hands promises to use(): a settled load is then
 * read at once, with no fallback shown for a frame.
 */
type Load = Promise<DatasetIndex> & ReactPromise<DatasetIndex>;

let loaded: DatasetIndex | null = null;
/** The load under way, or the last one, which may have failed. */
let pending: Load | null = null;
let failed = false;
/** The load whose outcome a component was handed (useDataset): its failure is the boundary's to show. */
let shown: Load | null = null;

// A failed chunk is asked for again under a fresh address (lazy-part.ts).
const loadModule = lazyModule(() => import('./full-dataset'));

function attempt(): Load {
  failed = false;
  const load = loadModule().then(
    (module) => {
      loaded = module.dataset;
      return loaded;
    },
    (error: unknown) => {
      if (pending === load) failed = true;
      throw error;
    },
  );
  const marked: Load = Object.assign(load, { status: 'pending' as const });
  // Block bodies: returning the promise from here would chain its rejection on, unhandled.
  load.then(
    (value) => {
      Object.assign(load, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(load, { status: 'rejected', reason });
    },
  );
  pending = marked;
  return marked;
}

/** The whole dataset: loads it the first time, and again after a failed load. */
export function loadDataset(): Promise<DatasetIndex> {
  if (loaded) return Promise.resolve(loaded);
  return pending && !failed ? pending : attempt();
}

/**
 * The whole dataset, for a component under a Suspense boundary and an error boundary: loads it and
 * suspends until it is here. Always through use(), loaded or not (React's rule: use() is never
 * skipped because a promise has settled). A failed load is thrown to the error boundary (one
 * request, not one per render) until its Retry calls retryDataset; a failure no component was
 * shown (the prefetch's) is tried again.
 */
export function useDataset(): DatasetIndex {
  if (!pending || (failed && pending !== shown)) attempt();
  shown = pending;
  return use(pending as Load);
}

/** After a failed load a component was shown: its boundary's Retry asks for the claims again. */
export function retryDataset(): void {
  if (failed) shown = null;
}
