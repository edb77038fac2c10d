// Keeps the selected country in sight above a bottom sheet: when the country is under the sheet
// (or off the map), the camera pans it to the middle of the part the reader still sees; otherwise
// nothing moves. A pan with an `offset`, not the map's padding: MapLibre 5/6 leaves the upper part
// of a map with a large bottom padding undrawn (maplibre-gl-js issue 5486, "rendering incomplete
// when using setPadding()"), which we saw here too. The static map (no WebGL) is not steered: the
// sheet's half height leaves its upper part in view.
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';

import { whenLiveMap } from '../map/live-map';
import { countryPoints } from '../map/map-data';
import { prefersReducedMotion } from '../map/motion';

/** However tall the sheet, the country is placed as if it covered at most this share of the map. */
const MAX_COVERED_SHARE = 0.8;
/** A country this close to the uncovered part's edge (CSS px) counts as out of sight. */
const EDGE_PX = 24;

/** Whether a point drawn at (x, y) shows in the uncovered part of a width x visibleHeight map. */
export function inSight(x: number, y: number, width: number, visibleHeight: number): boolean {
  const edge = Math.min(EDGE_PX, visibleHeight / 4);
  return x >= edge && x <= width - edge && y >= edge && y <= visibleHeight - edge;
}

/** Moves the camera if the point is out of sight above the sheet; true when it moved. */
function moveCamera(map: MapLibreMap, covered: number, point: LngLatLike, zoomIn = 0): boolean {
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (!(width > 0 && height > 0)) return false;
  const bottom = Math.round(Math.min(Math.max(covered, 0), height * MAX_COVERED_SHARE));
  const visible = height - bottom;
  const p = map.project(point);
  // Off the map altogether: whether the country is in view is sync-map.ts's to judge, by its body
  // (western Russia shows while its interior point is in Siberia); this looks again after its move.
  if (!inSight(p.x, p.y, width, height)) return false;
  if (inSight(p.x, p.y, width, visible)) return false;
  // The point goes to the middle of the uncovered part: half the covered height above the centre.
  const zoom = map.getZoom() + zoomIn;
  map.easeTo({ center: point, offset: [0, -bottom / 2], zoom, duration: prefersReducedMotion() ? 0 : 400 });
  return true;
}

/** Whether the point is drawn anywhere on the map (sync-map.ts then leaves the camera alone). */
function onMap(map: MapLibreMap, point: LngLatLike): boolean {
  const canvas = map.getCanvas();
  const p = map.project(point);
  return inSight(p.x, p.y, canvas.clientWidth, canvas.clientHeight);
}

/**
 * The sheet covers the map's lowest `covered` px, with `iso3` selected (or none: nothing to do).
 * Returns the cancel function (a newer call supersedes one still waiting for the map or points).
 */
export function coverMap(covered: number, iso3: string | null): () => void {
  let cancelled = false;
  let stopFollowing = () => {};
  const stop = whenLiveMap((map) => {
    if (cancelled || !iso3) return;
    countryPoints().then(
      (points) => {
        const at = points[iso3];
        if (cancelled || !at) return;
        const point: LngLatLike = [at[0], at[1]];
        const moved = moveCamera(map, covered, point);
        // The map's own "bring the selection into view" (sync-map.ts) moves the camera after the
        // frame that shows the selection, not knowing about the sheet; and near the world's edge
        // (Australia, zoomed out) the map cannot pan far enough. Look again when such a move ends,
        // zooming in a little to make room (three times at most). Once the country is in sight
        // nothing follows: a later pan or Reset view of the reader's is theirs.
        let rounds = 0;
        const again = () => {
          if (cancelled || ++rounds > 3) return;
          if (moveCamera(map, covered, point, rounds > 1 ? 0.75 : 0)) map.once('moveend', again);
        };
        if (moved || !onMap(map, point)) map.once('moveend', again);
        stopFollowing = () => map.off('moveend', again);
      },
      () => {},
    );
  });
  return () => {
    cancelled = true;
    stop();
    stopFollowing();
  };
}
