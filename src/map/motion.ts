// Camera moves respect prefers-reduced-motion: jump instead of fly. Read at the moment of each
// move, so a change of the OS setting applies without a reload.
import type { LngLatBoundsLike, LngLatLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

import { countryInView } from './country-in-view';
import type { Bounds } from './view-geometry';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Fit bounds, animated unless the reader asked for reduced motion. */
export function fitView(map: MapLibreMap, bounds: LngLatBoundsLike, padding: number | PaddingOptions): void {
  map.fitBounds(bounds, { padding, maxZoom: 5, animate: !prefersReducedMotion(), duration: 700 });
}

/**
 * Bring a country into view, centred on its interior point, when it is not (country-in-view.ts);
 * leave the camera alone when it is (selecting a visible country must not move the map under the
 * finger). `animate` false jumps: a link's first frame.
 */
export function revealCountry(
  map: MapLibreMap,
  point: readonly [number, number],
  body: Bounds | undefined,
  animate = true,
): void {
  if (countryInView(map, point, body)) return;
  const center: LngLatLike = [point[0], point[1]];
  if (!animate || prefersReducedMotion()) map.jumpTo({ center });
  else map.easeTo({ center, duration: 600 });
}
