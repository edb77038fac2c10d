// Which map the PNG export pictures. The map components own their map; they hand it here when it
// is drawn (and take it back on unmount), so the download buttons never reach into the map's
// internals or the DOM. The WebGL map provides { kind: 'webgl', map }; the static SVG fallback,
// used when WebGL is unavailable, provides { kind: 'svg', svg }.
//
// Being handed a map is also the one signal that the first screen is drawn: code the first
// screen does not need waits for it (src/ui/lazy-part.tsx), so it never delays the map.
import type { MapPictureSource } from './map-picture';

let provided: MapPictureSource | null = null;
const waiting = new Set<() => void>();

/** Offers a map to the export; returns the function that withdraws it (call it on unmount). */
export function provideMapPicture(source: MapPictureSource): () => void {
  provided = source;
  for (const listener of [...waiting]) {
    waiting.delete(listener);
    listener();
  }
  return () => {
    if (provided === source) provided = null;
  };
}

/** The map to picture, or null while none is drawn yet. */
export function providedMapPicture(): MapPictureSource | null {
  return provided;
}

/**
 * Calls `listener` once, as soon as a map is drawn (at once if one is); returns the function
 * that cancels it.
 */
export function whenMapDrawn(listener: () => void): () => void {
  if (provided) {
    listener();
    return () => {};
  }
  waiting.add(listener);
  return () => waiting.delete(listener);
}
