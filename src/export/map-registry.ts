// Which map the PNG export pictures. The map components own their map; they hand it here when it
// is drawn (and take it back on unmount), so the download buttons never reach into the map's
// internals or the DOM. The WebGL map provides { kind: 'webgl', map }; the static SVG fallback,
// used when WebGL is unavailable, provides { kind: 'svg', svg }.
import type { MapPictureSource } from './map-picture';

let provided: MapPictureSource | null = null;

/** Offers a map to the export; returns the function that withdraws it (call it on unmount). */
export function provideMapPicture(source: MapPictureSource): () => void {
  provided = source;
  return () => {
    if (provided === source) provided = null;
  };
}

/** The map to picture, or null while none is drawn yet. */
export function providedMapPicture(): MapPictureSource | null {
  return provided;
}
