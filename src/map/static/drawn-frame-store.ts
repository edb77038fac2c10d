// The frame the static picture shows, for what is drawn over it (its edge markers), kept outside
// React state: the picture reports it after every measure, and only the markers re-render, not the
// picture's 200 paths (on a slow phone that would be in the frames around hydration).
import { useState, useSyncExternalStore } from 'react';

import type { DrawnFrame } from './sight-frame';

export interface DrawnFrameStore {
  set: (drawn: DrawnFrame) => void;
  get: () => DrawnFrame | null;
  subscribe: (listener: () => void) => () => void;
}

export function createDrawnFrameStore(): DrawnFrameStore {
  let current: DrawnFrame | null = null;
  const listeners = new Set<() => void>();
  return {
    set: (drawn) => {
      current = drawn;
      for (const listener of listeners) listener();
    },
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One store per picture, for the component's lifetime. */
export function useNewDrawnFrameStore(): DrawnFrameStore {
  return useState(createDrawnFrameStore)[0];
}

/** The frame shown; null until the picture is measured (and on the server). */
export function useDrawnFrame(store: DrawnFrameStore): DrawnFrame | null {
  return useSyncExternalStore(store.subscribe, store.get, () => null);
}
