// Camera moves respect prefers-reduced-motion: jump instead of fly. Read at the moment of each
// move, so a change of the OS setting applies without a reload.
import type { LngLatBoundsLike, LngLatLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Fit bounds, animated unless the reader asked for reduced motion. */
export function fitView(map: MapLibreMap, bounds: LngLatBoundsLike, padding: number | PaddingOptions): void {
  map.fitBounds(bounds, { padding, maxZoom: 5, animate: !prefersReducedMotion(), duration: 700 });
}

/**
 * Bring a point into view if it is near or past the edge of the map; leave the camera alone when
 * it is already well inside (clicking a visible country should not move the map under the pointer).
 */
export function revealPoint(map: MapLibreMap, lngLat: LngLatLike): void {
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const p = map.project(lngLat);
  const margin = 0.12;
  const inside =
    p.x > width * margin &&
    p.x < width * (1 - margin) &&
    p.y > height * margin &&
    p.y < height * (1 - margin);
  if (inside) return;
  if (prefersReducedMotion()) map.jumpTo({ center: lngLat });
  else map.easeTo({ center: lngLat, duration: 600 });
}
