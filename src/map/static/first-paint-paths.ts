// The static first paint's outlines (FirstPaintMap), which are ~15 KB gzipped. The prerendered page
// already carries them, as the `d` of each country's <path> in its picture and of the one <path> of
// the land no source names (data-no-data), so the browser reads them back from there before React
// hydrates that picture (render-app.tsx) instead of downloading them a second time in the main
// script. The hydrating render then draws exactly what the markup holds. Where the page has no such
// picture (the dev server, a render without the prerender) they are imported from their own module,
// a chunk of their own, and the picture is the sea until then. The prerender gives them from that
// module (entry-server.tsx).
import { firstView } from 'virtual:first-view';
import { useEffect, useSyncExternalStore } from 'react';

import type { FirstPaintOutlines, Outline } from './world-paths';

let outlines: FirstPaintOutlines | null = null;
let importing: Promise<void> | null = null;
const listeners = new Set<() => void>();

function provide(paths: FirstPaintOutlines): void {
  outlines = paths;
  for (const listener of listeners) listener();
}

/** The countries of the first paint's picture inside `root`, by the ids its markup carries. */
const OUTLINE_SELECTOR = '.first-paint .map-borders path[data-iso3]';
/** The land no source names, one path in the main world of that picture. */
const NO_DATA_SELECTOR = '.first-paint .map-borders path[data-no-data]';

/**
 * The outlines as the prerendered picture inside `root` draws them (its main world, in order), or
 * null when there is no such picture or it lacks some (then the picture is not the build's).
 */
export function outlinesInPage(root: ParentNode): FirstPaintOutlines | null {
  // Empty when the data names every country the picture draws; missing when the picture is not the build's.
  const noData = root.querySelector(NO_DATA_SELECTOR)?.getAttribute('d');
  if (noData == null) return null;
  const countries: Outline[] = [];
  for (const path of root.querySelectorAll(OUTLINE_SELECTOR)) {
    const iso3 = path.getAttribute('data-iso3');
    const d = path.getAttribute('d');
    if (!iso3 || !d) return null;
    countries.push({ iso3, d });
  }
  if (countries.length !== firstView.paths.count) return null;
  return { worldSize: firstView.paths.worldSize, countries, noData };
}

/**
 * Before React renders into `root`: take the outlines from its prerendered picture, if it has one.
 * True when it had; otherwise FirstPaintMap imports them when it first renders.
 */
export function takeOutlinesFromPage(root: ParentNode): boolean {
  const read = outlinesInPage(root);
  if (read) provide(read);
  return read !== null;
}

/** The prerender's outlines, from their module (never in the browser's main script). */
export function provideOutlines(paths: FirstPaintOutlines): void {
  provide(paths);
}

/** Imports the outlines' module once, unless the outlines are known already. */
function importOutlines(): void {
  if (outlines || importing) return;
  importing = import('virtual:first-paint-paths').then(
    (module) => {
      if (!outlines) provide(module.firstPaintPaths);
    },
    (error: Error) => {
      importing = null;
      // The picture stays the sea; the WebGL map and the country list do not need it.
      console.error(`The first paint's country outlines could not be loaded (${error.message}).`);
    },
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => outlines;
/** Sea only: the picture before its outlines are known (the same world, no countries). */
const NONE: FirstPaintOutlines = { worldSize: firstView.paths.worldSize, countries: [], noData: '' };

/** The first paint's outlines; none until known, which a render without a prerender imports. */
export function useFirstPaintOutlines(): FirstPaintOutlines {
  const paths = useSyncExternalStore(subscribe, current, current);
  useEffect(() => {
    if (!paths) importOutlines();
  }, [paths]);
  return paths ?? NONE;
}
