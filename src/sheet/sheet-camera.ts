// Keeps the selected country in sight above a bottom sheet. The sheet tells the map how much of
// it is covered through MapLibre's public padding (so any later camera move, a reset or a "bring
// the selection into view", centres in the part the reader sees), without moving what is drawn;
// the camera moves only when the selected country is under the sheet or off the map.
// The static map (no WebGL) is not steered: it has no padding, and the sheet's half height leaves
// its upper part in view.
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';

import { whenLiveMap } from '../map/live-map';
import { countryPoints } from '../map/map-data';
import { prefersReducedMotion } from '../map/motion';

/** The sheet never leaves less than this share of the map's height uncovered for the padding. */
const MAX_COVERED_SHARE = 0.8;
/** A country this close to the uncovered part's edge (CSS px) counts as out of sight. */
const EDGE_PX = 24;

/** Whether a point drawn at (x, y) shows in the uncovered part of a width x visibleHeight map. */
export function inSight(x: number, y: number, width: number, visibleHeight: number): boolean {
  const edge = Math.min(EDGE_PX, visibleHeight / 4);
  return x >= edge && x <= width - edge && y >= edge && y <= visibleHeight - edge;
}

function moveCamera(map: MapLibreMap, covered: number, point: LngLatLike | null): void {
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (!(width > 0 && height > 0)) return;
  const bottom = Math.round(Math.min(Math.max(covered, 0), height * MAX_COVERED_SHARE));
  const visible = height - bottom;
  // With the new padding MapLibre draws the centre in the middle of the uncovered part: the place
  // drawn there now stays put, so nothing moves unless the selection must come into sight.
  let center: LngLatLike = map.unproject([width / 2, visible / 2]);
  if (point) {
    const p = map.project(point);
    if (!inSight(p.x, p.y, width, visible)) center = point;
  }
  const padding = { top: 0, right: 0, left: 0, bottom };
  if (prefersReducedMotion()) map.jumpTo({ center, padding });
  else map.easeTo({ center, padding, duration: 300 });
}

/**
 * The sheet covers the map's lowest `covered` px, with `iso3` selected (or none). Returns the
 * cancel function (a newer call supersedes an older one still waiting for the map or the points).
 */
export function coverMap(covered: number, iso3: string | null): () => void {
  let cancelled = false;
  const stop = whenLiveMap((map) => {
    if (cancelled) return;
    if (!iso3) return moveCamera(map, covered, null);
    countryPoints().then(
      (points) => {
        const point = points[iso3];
        if (!cancelled) moveCamera(map, covered, point ? [point[0], point[1]] : null);
      },
      () => {},
    );
  });
  return () => {
    cancelled = true;
    stop();
  };
}
