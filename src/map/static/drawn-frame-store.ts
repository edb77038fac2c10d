// The frame the static picture shows, for what is drawn over it (its edge markers), in a small
// zustand store of its own rather than React state: the picture reports it after every measure,
// and only the markers re-render, not the picture's 200 paths (on a slow phone that would be in
// the frames around hydration).
import { useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

import type { DrawnFrame } from './sight-frame';

export type DrawnFrameStore = StoreApi<{ drawn: DrawnFrame | null }>;

/** A store with no frame yet: the picture has not been measured. */
export function createDrawnFrameStore(): DrawnFrameStore {
  return createStore<{ drawn: DrawnFrame | null }>(() => ({ drawn: null }));
}

/** One store per picture, for the component's lifetime. */
export function useNewDrawnFrameStore(): DrawnFrameStore {
  return useState(createDrawnFrameStore)[0];
}

/** The frame shown; null until measured, and on the server (zustand's initial state). */
export function useDrawnFrame(store: DrawnFrameStore): DrawnFrame | null {
  return useStore(store, (s) => s.drawn);
}
