// Tap tolerance: a finger is not a pixel. A tap that lands on the sea, on land the sources do not
// name, or on a big country a few pixels from a small one, picks the small country near it, the
// way a tap inside it would. Kept apart from map-interaction.ts (which asks it) as one pure rule.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';

import { LAYER_FILL } from './map-style';

/** Pixels of slack around a tap when looking for a country near it. */
export const TAP_TOLERANCE = 6;
/** A country drawn smaller than this (px, about a fingertip) is preferred to its neighbours. */
export const SMALL_ON_SCREEN = 24;

export interface TapCandidate {
  iso3: string;
  name: string;
  /** The country's land drawn at the current zoom, as the side of a square (px). */
  sizePx: number;
  /** Under the tap itself, not only within the tolerance. */
  under: boolean;
  /** A country with something to open (the dataset's), not only a name for the tooltip. */
  opens: boolean;
}

/**
 * The country a tap picks among those within TAP_TOLERANCE of it: a small country that can be
 * opened, the smallest if several, unless the tap is inside another small one; else the country
 * under the tap; else (sea or unnamed land) the smallest country near it that can be opened.
 */
export function choosePick(candidates: readonly TapCandidate[]): TapCandidate | null {
  const under = candidates.find((c) => c.under) ?? null;
  if (under && under.sizePx < SMALL_ON_SCREEN) return under;
  const bySize = (a: TapCandidate, b: TapCandidate) => a.sizePx - b.sizePx;
  const openable = candidates.filter((c) => c.opens && c !== under).sort(bySize);
  const small = openable.find((c) => c.sizePx < SMALL_ON_SCREEN);
  if (small) return small;
  if (under?.opens) return under;
  return openable[0] ?? under;
}

/** Screen px per equatorial degree at a zoom (512 px tiles, as MapLibre draws). */
export function pxPerDegree(zoom: number): number {
  return (512 * 2 ** zoom) / 360;
}

/**
 * The fill features within TAP_TOLERANCE of a screen point, as candidates. `sizes` is each
 * dataset country's land as the side of a square in equatorial degrees (virtual:first-view);
 * a country it lacks counts as big (it cannot be opened, so is never preferred).
 */
export function tapCandidates(
  map: MapLibreMap,
  x: number,
  y: number,
  sizes: Readonly<Record<string, number>>,
  opens: (iso3: string) => boolean,
): TapCandidate[] {
  const box: [PointLike, PointLike] = [
    [x - TAP_TOLERANCE, y - TAP_TOLERANCE],
    [x + TAP_TOLERANCE, y + TAP_TOLERANCE],
  ];
  const underTap = map.queryRenderedFeatures([x, y], { layers: [LAYER_FILL] })[0]?.properties?.iso3;
  const scale = pxPerDegree(map.getZoom());
  const seen = new Set<string>();
  const candidates: TapCandidate[] = [];
  for (const feature of map.queryRenderedFeatures(box, { layers: [LAYER_FILL] })) {
    const iso3 = feature.properties?.iso3;
    if (typeof iso3 !== 'string' || seen.has(iso3)) continue;
    seen.add(iso3);
    const name = feature.properties?.name;
    const size = sizes[iso3];
    candidates.push({
      iso3,
      name: typeof name === 'string' ? name : iso3,
      sizePx: size === undefined ? Number.POSITIVE_INFINITY : size * scale,
      under: iso3 === underTap,
      opens: opens(iso3),
    });
  }
  return candidates;
}
