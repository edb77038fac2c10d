// The drawn WebGL map, for the few page parts outside src/map that steer its camera through
// MapLibre's public API (the bottom sheet sets the map's padding: src/sheet/sheet-camera.ts).
// map-session.ts provides it once the first full frame is drawn and withdraws it on dispose.
import type { Map as MapLibreMap } from 'maplibre-gl';

let live: MapLibreMap | null = null;
const waiting = new Set<(map: MapLibreMap) => void>();

/** Offers the map; returns the function that withdraws it. */
export function provideLiveMap(map: MapLibreMap): () => void {
  live = map;
  for (const listener of [...waiting]) {
    waiting.delete(listener);
    listener(map);
  }
  return () => {
    if (live === map) live = null;
  };
}

/** Calls `listener` with the map once it is drawn (at once if it is); returns the cancel. */
export function whenLiveMap(listener: (map: MapLibreMap) => void): () => void {
  if (live) {
    listener(live);
    return () => {};
  }
  waiting.add(listener);
  return () => waiting.delete(listener);
}
