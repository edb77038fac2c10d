// Code the first screen does not show (dialog contents, the download writers) lives in chunks of
// its own. What arrives before the map is ready is what a reader waits for (initialBytesGz in
// bench/README.md), so such a chunk is fetched when first used, or when the browser is idle after
// the map is drawn, never before.
import { type ComponentType, useEffect, useState } from 'react';

import { whenMapDrawn } from '../export/map-registry';

/** The chunk's URL in a failed dynamic import's message (Chromium and Firefox name it), or null. */
export function failedChunkUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"]+?\.m?js\b/.exec(message)?.[0] ?? null;
}

const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/**
 * One import(), shared by every caller. A failed load is forgotten, so the next call (a Retry, a
 * second click) asks again instead of repeating the old failure. A browser may keep a failed
 * module fetch for good under its URL (the HTML spec's module map does; Chromium 150 does), so a
 * retry imports the chunk the failure named under a fresh query, which the browser fetches anew.
 * Its stylesheet, if it has one, was asked for by the first attempt and is not asked for again.
 */
export function lazyModule<M>(
  importer: () => Promise<M>,
  importFresh: (url: string) => Promise<unknown> = importUrl,
): () => Promise<M> {
  let pending: Promise<M> | null = null;
  let failedUrl: string | null = null;
  let attempt = 0;
  return () => {
    const load = failedUrl ? () => importFresh(`${failedUrl}?retry=${++attempt}`) as Promise<M> : importer;
    pending ??= load().catch((error: unknown) => {
      pending = null;
      failedUrl ??= failedChunkUrl(error);
      throw error;
    });
    return pending;
  };
}

type Loaded<P> = { Part: ComponentType<P> } | { error: unknown } | null;

/**
 * A component from a lazily loaded module, for use under an <ErrorBoundary>: it shows `loading`
 * until the module arrives, and throws the load's failure to the boundary. Not React.lazy, which
 * keeps a failed load for good; nor a fresh import on each render, which would retry a missing
 * chunk in a loop. The load starts after mount, so a failure is thrown again at every render
 * until the boundary's Retry mounts the part anew, which loads again.
 */
export function lazyComponent<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  loading = 'Loading…',
): ComponentType<P> {
  let ready: ComponentType<P> | null = null;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part at module level, as React.lazy is.
  return function LazyPart(props: P) {
    const [loaded, setLoaded] = useState<Loaded<P>>(() => (ready ? { Part: ready } : null));
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        (module) => {
          ready = pick(module);
          if (live) setLoaded({ Part: ready });
        },
        (error: unknown) => {
          if (live) setLoaded({ error });
        },
      );
      return () => {
        live = false;
      };
    }, [loaded]);
    if (!loaded) return <p role="status">{loading}</p>;
    if ('error' in loaded) throw loaded.error;
    const { Part } = loaded;
    return <Part {...props} />;
  };
}

/** requestIdleCallback is missing from older Safari; a timeout is near enough there. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 5_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/**
 * Loads the module in the background once the map is drawn and the browser is idle, so the
 * first use does not wait. A failure here is silent: the use itself loads again and reports.
 */
export function usePrefetchAfterMap(load: () => Promise<unknown>): void {
  useEffect(() => {
    let cancelIdle = () => {};
    const cancelWait = whenMapDrawn(() => {
      cancelIdle = whenIdle(() => {
        load().catch(() => {});
      });
    });
    return () => {
      cancelWait();
      cancelIdle();
    };
  }, [load]);
}
