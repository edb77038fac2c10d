// Keeps the selected country in sight above a bottom sheet: when the country is under the sheet
// (or off the map), the camera pans it to the middle of the part the reader still sees; otherwise
// nothing moves. A pan with an `offset`, not the map's padding: MapLibre 5/6 leaves the upper part
// of a map with a large bottom padding undrawn (maplibre-gl-js issue 5486, "rendering incomplete
// when using setPadding()"), which we saw here too. The static picture follows the same rule
// (sight.ts) until this map is drawn, and this map takes over its frame without moving.
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';

import { whenLiveMap } from '../map/live-map';
import { countryPoints } from '../map/map-data';
import { prefersReducedMotion } from '../map/motion';
import { coveredBottom, inSight, sightShift } from './sight';

/**
 * Moves the camera if the point is out of sight above the sheet; true when it moved. `instantly`:
 * the map has just replaced the static picture, which already shows the point there.
 */
function moveCamera(
  map: MapLibreMap,
  covered: number,
  point: LngLatLike,
  zoomIn = 0,
  instantly = false,
): boolean {
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const p = map.project(point);
  // Off the map altogether: whether the country is in view is sync-map.ts's to judge, by its body
  // (western Russia shows while its interior point is in Siberia); this looks again after its move.
  if (!sightShift(p.x, p.y, width, height, covered)) return false;
  // The point goes to the middle of the uncovered part: half the covered height above the centre.
  const offset: [number, number] = [0, -coveredBottom(covered, height) / 2];
  const zoom = map.getZoom() + zoomIn;
  const duration = instantly || prefersReducedMotion() ? 0 : 400;
  map.easeTo({ center: point, offset, zoom, duration });
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
  // Called later than now: the map has just replaced the static picture, which kept the country
  // in sight by the same rule, so the camera jumps to where the picture already is.
  let handover = false;
  const stop = whenLiveMap((map) => {
    if (cancelled || !iso3) return;
    countryPoints().then(
      (points) => {
        const at = points[iso3];
        if (cancelled || !at) return;
        const point: LngLatLike = [at[0], at[1]];
        const moved = moveCamera(map, covered, point, 0, handover);
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
  handover = true;
  return () => {
    cancelled = true;
    stop();
    stopFollowing();
  };
}
