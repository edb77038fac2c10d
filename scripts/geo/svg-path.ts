// Country outlines as SVG path strings in the static map's fixed Web Mercator pixel space
// (STATIC_WORLD_SIZE px wide, the same formula MapLibre uses), clipped to latitudes -85..85 where
// Mercator stops, with relative commands and short numbers to keep world-paths.json small.
import type { MultiPolygon, Position } from 'geojson';
import { lngLatToMercator } from '../../src/map/projection.ts';

export const CLIP_LATITUDE = 85;

type LonLat = [number, number];

/** Sutherland-Hodgman against one horizontal line; `keep` tells which side of it stays. */
function clipAgainst(ring: LonLat[], limit: number, keep: (lat: number) => boolean): LonLat[] {
  const out: LonLat[] = [];
  ring.forEach((current, i) => {
    const previous = ring[(i + ring.length - 1) % ring.length] as LonLat;
    if (keep(current[1]) !== keep(previous[1])) {
      const t = (limit - previous[1]) / (current[1] - previous[1]);
      out.push([previous[0] + t * (current[0] - previous[0]), limit]);
    }
    if (keep(current[1])) out.push(current);
  });
  return out;
}

/** An open ring (no repeated closing point) clipped to the -85..85 latitude band. */
export function clipRingToBand(ring: Position[], limit = CLIP_LATITUDE): LonLat[] {
  const open = ring.slice(0, -1).map((p) => [p[0] ?? 0, p[1] ?? 0] as LonLat);
  const south = clipAgainst(open, -limit, (lat) => lat >= -limit);
  return clipAgainst(south, limit, (lat) => lat <= limit);
}

/** Shortest SVG number for an integer count of 1/factor units: 5 -> ".5", -12 -> "-1.2". */
function formatUnits(units: number, factor: number): string {
  const text = String(units / factor);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Append numbers, writing a separator only where the next number cannot start by itself. */
function appendNumbers(parts: string[], numbers: string[]): void {
  for (const n of numbers) {
    const last = parts.at(-1) ?? '';
    const needsSpace = /[\d.]$/.test(last) && !n.startsWith('-');
    parts.push(needsSpace ? ` ${n}` : n);
  }
}

/**
 * Path data for one geometry with coordinates rounded to 1/factor px (factor 10: one decimal).
 * Rings that collapse to fewer than three distinct points are left out; "" if nothing remains.
 */
export function svgPathData(geometry: MultiPolygon, worldSize: number, factor: number): string {
  const parts: string[] = [];
  for (const ring of geometry.coordinates.flat()) {
    const units: [number, number][] = [];
    for (const [lon, lat] of clipRingToBand(ring)) {
      const [x, y] = lngLatToMercator(lon, lat, worldSize);
      const point: [number, number] = [Math.round(x * factor), Math.round(y * factor)];
      const previous = units.at(-1);
      if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) units.push(point);
    }
    const first = units[0];
    if (first && units.length > 1 && units.at(-1)?.join() === first.join()) units.pop();
    if (!first || units.length < 3) continue;
    // Deltas between rounded integers are exact, so relative commands do not accumulate error.
    parts.push('M');
    appendNumbers(parts, [formatUnits(first[0], factor), formatUnits(first[1], factor)]);
    parts.push('l');
    for (let i = 1; i < units.length; i++) {
      const [x, y] = units[i] as [number, number];
      const [px, py] = units[i - 1] as [number, number];
      appendNumbers(parts, [formatUnits(x - px, factor), formatUnits(y - py, factor)]);
    }
    parts.push('z');
  }
  return parts.join('');
}
