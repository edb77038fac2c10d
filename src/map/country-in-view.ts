// Whether a country is in view on the map: its interior point inside the map's inset, or, for a
// country with a known main body (the members beyond the default frame: Russia, Canada...), enough
// of that body. Asked when a selection may have to bring the country into view (sync-map.ts, and
// the static picture's sight-frame.ts) and by the edge markers (edge-markers.ts and
// PictureEdgeMarkers.tsx), so they all agree.
import type { Map as MapLibreMap } from 'maplibre-gl';

import { type Bounds, isBoxInView, isInView } from './view-geometry';

/** Where a map draws a lon/lat, in its own CSS px. */
export type Project = (lngLat: readonly [number, number]) => { x: number; y: number };

/** The rule for any map drawn width x height px, by the function that says where it draws a point. */
export function inViewOn(
  project: Project,
  width: number,
  height: number,
  point: readonly [number, number],
  body?: Bounds,
): boolean {
  const p = project(point);
  if (isInView(p.x, p.y, width, height)) return true;
  if (!body) return false;
  const sw = project(body[0]);
  const ne = project(body[1]);
  return isBoxInView({ left: sw.x, top: ne.y, right: ne.x, bottom: sw.y }, width, height);
}

export function countryInView(map: MapLibreMap, point: readonly [number, number], body?: Bounds): boolean {
  const canvas = map.getCanvas();
  return inViewOn((p) => map.project([p[0], p[1]]), canvas.clientWidth, canvas.clientHeight, point, body);
}
