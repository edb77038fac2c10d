// Whether a country is in view on the map: its interior point inside the map's inset, or, for a
// country with a known main body (the members beyond the default frame: Russia, Canada...), enough
// of that body. Asked when a selection may have to bring the country into view (sync-map.ts) and
// by the edge markers (edge-markers.ts), so the two agree.
import type { Map as MapLibreMap } from 'maplibre-gl';

import { type Bounds, isBoxInView, isInView } from './view-geometry';

export function countryInView(map: MapLibreMap, point: readonly [number, number], body?: Bounds): boolean {
  const canvas = map.getCanvas();
  const [width, height] = [canvas.clientWidth, canvas.clientHeight];
  const p = map.project([point[0], point[1]]);
  if (isInView(p.x, p.y, width, height)) return true;
  if (!body) return false;
  const sw = map.project(body[0]);
  const ne = map.project(body[1]);
  return isBoxInView({ left: sw.x, top: ne.y, right: ne.x, bottom: sw.y }, width, height);
}
