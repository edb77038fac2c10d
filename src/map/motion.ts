// Camera moves respect prefers-reduced-motion: jump instead of fly. Read at the moment of each
// move, so a change of the OS setting applies without a reload.
import type { LngLatBoundsLike, LngLatLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

import { isInView } from './view-geometry';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Fit bounds, animated unless the reader asked for reduced motion. */
export function fitView(map: MapLibreMap, bounds: LngLatBoundsLike, padding: number | PaddingOptions): void {
  map.fitBounds(bounds, { padding, maxZoom: 5, animate: !prefersReducedMotion(), duration: 700 });
}

/**
 * Bring a point into view when it is not (view-geometry.ts isInView); leave the camera alone when
 * it is (selecting a visible country must not move the map under the finger). `animate` false
 * jumps: a link's first frame.
 */
export function revealPoint(map: MapLibreMap, lngLat: LngLatLike, animate = true): void {
  const canvas = map.getCanvas();
  const p = map.project(lngLat);
  if (isInView(p.x, p.y, canvas.clientWidth, canvas.clientHeight)) return;
  if (!animate || prefersReducedMotion()) map.jumpTo({ center: lngLat });
  else map.easeTo({ center: lngLat, duration: 600 });
}
