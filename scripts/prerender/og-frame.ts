// Where the share picture's map looks, and at what scale it is drawn. Pure geometry.
//
// The overview (and the supported country's page) frames the map's default frame, the one the
// reader first sees; a member's page frames that country's main body, widened to a minimum span
// so a small country is seen with its neighbours (for far members, Canada, the United States,
// Australia, the country itself).
//
// resvg does not implement `vector-effect: non-scaling-stroke`, which keeps the static map's
// borders and outline at screen-pixel widths; it scales strokes with the view. So the outlines are
// handed to StaticMap in a world scaled so that one unit of it is STROKE_SCALE pixels of the
// picture: its borders and the selected country's outline come out at their screen widths times
// STROKE_SCALE, whatever the frame.
import { type DefaultFrame, defaultFrame } from '../../src/map/default-frame.ts';
import {
  type LngLatBoundsLike,
  lngLatToMercator,
  mercatorBoundsViewBox,
  mercatorToLngLat,
  type Padding,
  type ViewBox,
} from '../../src/map/projection.ts';
import type { WorldPaths } from '../../src/map/static/world-paths.ts';
import type { Bounds, CountryPoints } from '../../src/map/view-geometry.ts';

/** Picture pixels per unit of the scaled world: the static map's 2.5 px outline becomes 4 px. */
export const STROKE_SCALE = 1.6;
/** The narrowest country frame, in degrees of longitude (Ireland with Britain and the Channel). */
export const MIN_SPAN_DEGREES = 30;

export interface MapGeography {
  /** World outlines (public/generated/world-paths.json). */
  paths: WorldPaths;
  points: CountryPoints;
  /** Main bodies (view-geometry.ts mainBodyBounds) of the dataset's countries and the supported one. */
  bodies: Readonly<Record<string, Bounds>>;
  /** Used when no country has a point. */
  worldBounds: Bounds;
}

/** The coalition's default frame (src/map/default-frame.ts), as the first paint computes it. */
export function overviewFrame(geo: MapGeography, supports: string, members: readonly string[]): DefaultFrame {
  return defaultFrame({
    supports,
    members,
    points: geo.points,
    bodies: geo.bodies,
    worldBounds: geo.worldBounds,
  });
}

/** A country's main body, widened about its centre to at least MIN_SPAN_DEGREES (Mercator-true). */
export function countryFrame(geo: MapGeography, iso3: string): Bounds {
  const point = geo.points[iso3];
  const body: Bounds | null =
    geo.bodies[iso3] ??
    (point
      ? [
          [point[0], point[1]],
          [point[0], point[1]],
        ]
      : null);
  if (!body) throw new Error(`share picture for ${iso3}: it has neither an outline nor a point to frame`);
  const size = geo.paths.worldSize;
  const [x0, y1] = lngLatToMercator(body[0][0], body[0][1], size);
  const [x1, y0] = lngLatToMercator(body[1][0], body[1][1], size);
  const min = (MIN_SPAN_DEGREES / 360) * size;
  const half = (span: number, least: number) => Math.max(span, least) / 2;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const [hw, hh] = [half(x1 - x0, min), half(y1 - y0, min * 0.6)];
  const sw = mercatorToLngLat(cx - hw, cy + hh, size);
  const ne = mercatorToLngLat(cx + hw, cy - hh, size);
  return [sw, ne];
}

/** What the picture's map shows: the view box (in the unscaled world) and the scale factor. */
export interface MapView {
  /** The region of the world (in `paths.worldSize` units) the whole picture covers. */
  box: ViewBox;
  /** How much the world is scaled for StaticMap so that one unit is STROKE_SCALE pixels. */
  factor: number;
  /** `box`'s corners as longitude/latitude, StaticMap's `view.bounds` (no padding: it is fitted). */
  bounds: LngLatBoundsLike;
}

/**
 * The view that fits `bounds` into the part of a `width` x `height` picture that `padding` leaves
 * (fitBounds' rule), the picture's whole area being map.
 */
export function mapView(
  bounds: Bounds,
  padding: Padding,
  width: number,
  height: number,
  worldSize: number,
): MapView {
  const box = mercatorBoundsViewBox(bounds, padding, width, height, { worldSize });
  const sw = mercatorToLngLat(box.x, box.y + box.height, worldSize);
  const ne = mercatorToLngLat(box.x + box.width, box.y, worldSize);
  return { box, factor: width / box.width / STROKE_SCALE, bounds: [sw, ne] };
}

/** Where a longitude/latitude lands in the picture (pixels), for tests and callers that mark places. */
export function pictureXY(
  view: MapView,
  lngLat: readonly [number, number],
  width: number,
  worldSize: number,
) {
  const [x, y] = lngLatToMercator(lngLat[0], lngLat[1], worldSize);
  const scale = width / view.box.width;
  return { x: (x - view.box.x) * scale, y: (y - view.box.y) * scale };
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * The same outlines in a world `factor` times wider. Their path data is lines only (M, L, H, V,
 * Z, absolute or relative), where every number is a coordinate, so each number scales.
 */
export function scaleWorldPaths(paths: WorldPaths, factor: number): WorldPaths {
  // Thousandths: the data is relative moves, and rounding each one must not drift the outline.
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    worldSize: paths.worldSize * factor,
    countries: paths.countries.map((c) => {
      const other = c.d.match(/[^MmLlHhVvZz\d\s.,eE+-]/);
      if (other) throw new Error(`world paths: ${c.iso3}'s outline has '${other[0]}', not only lines`);
      return { ...c, d: c.d.replace(NUMBER, (n) => String(round(Number(n) * factor))) };
    }),
  };
}
