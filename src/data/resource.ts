// Data a component waits for under Suspense (React's use()), loaded once and shared: the whole
// dataset and each country's claims (claims.ts). A failure is thrown to the error boundary of the
// component that was handed it, once, not requested again at every render, until that boundary's
// Retry; a failure no component was shown (a prefetch's) is simply requested again by the first
// component that needs the data.
import { type ReactPromise, use } from 'react';

/**
 * A load, marked with how it settled in the fields React's use() reads (`status`, `value`,
 * `reason`), as React's docs ask of a library that hands promises to use(): a settled load is then
 * read at once, with no fallback shown for a frame.
 */
type Load<T> = Promise<T> & ReactPromise<T>;

export interface Resource<T> {
  /** Loads the data the first time, and again after a failed load. */
  load(): Promise<T>;
  /** For a component under Suspense and an error boundary: the data, suspending until it is here. */
  read(): T;
  /** The boundary's Retry, after a failure it showed: the next read asks again. */
  retry(): void;
  /** The data once loaded. */
  readonly value: T | undefined;
}

function settled<T>(value: T): Load<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

/** Data already here: read at once, never fetched. */
export function settledResource<T>(value: T): Resource<T> {
  return resource(() => Promise.resolve(value), { value });
}

/** `fetch` does the loading; `initial`: data already here (the resource starts settled). */
export function resource<T>(fetch: () => Promise<T>, initial?: { value: T }): Resource<T> {
  let loaded: { value: T } | null = initial ?? null;
  /** The load under way, or the last one, which may have failed. */
  let pending: Load<T> | null = initial ? settled(initial.value) : null;
  let failed = false;
  /** The load whose outcome a component was handed (read): its failure is the boundary's to show. */
  let shown: Load<T> | null = null;

  const attempt = (): Load<T> => {
    failed = false;
    const load = fetch().then(
      (value) => {
        loaded = { value };
        return value;
      },
      (error: unknown) => {
        if (pending === load) failed = true;
        throw error;
      },
    );
    const marked: Load<T> = Object.assign(load, { status: 'pending' as const });
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
  };

  return {
    load: () => (loaded ? Promise.resolve(loaded.value) : pending && !failed ? pending : attempt()),
    // Always through use(), loaded or not (React's rule: use() is never skipped because a promise
    // has settled).
    read: () => {
      if (!pending || (failed && pending !== shown)) attempt();
      shown = pending;
      return use(pending as Load<T>);
    },
    retry: () => {
      if (failed) shown = null;
    },
    get value() {
      return loaded?.value;
    },
  };
}
