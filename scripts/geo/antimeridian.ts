// Natural Earth rings jump from +180 to -180 (Russia, Fiji, Antarctica): drawn as is, that edge is a
// band across the whole map. We unwrap instead of splitting: consecutive longitudes are made
// continuous (they may pass 180; MapLibre's geojson-vt wraps them into the neighbouring world copy),
// and a ring that goes once around a pole (Antarctica) is closed along that pole.
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

const lon = (p: Position) => p[0] ?? 0;
const lat = (p: Position) => p[1] ?? 0;
/** `value` moved by whole turns to within 180 degrees of `reference`. */
const near = (value: number, reference: number) => value + 360 * Math.round((reference - value) / 360);

/** A closed ring with no edge longer than 180 degrees of longitude. */
export function unwrapRing(ring: Ring): Ring {
  const first = ring[0];
  if (!first) return [];
  const closed =
    ring.length > 1 && lon(first) === lon(ring.at(-1) ?? first) && lat(first) === lat(ring.at(-1) ?? first);
  const open = closed ? ring.slice(0, -1) : ring;
  const out: Ring = [];
  let previous = lon(first);
  for (const point of open) {
    previous = near(lon(point), previous);
    out.push([previous, lat(point)]);
  }
  const start = out[0] as Position;
  const endLon = previous;
  const closingLon = near(lon(start), endLon);
  if (closingLon !== lon(start)) {
    // The ring winds once around a pole: go down the meridian to the pole, back along it in steps
    // shorter than 180 degrees, and up to the start.
    const mean = open.reduce((sum, p) => sum + lat(p), 0) / open.length;
    const pole = mean < 0 ? -90 : 90;
    out.push([closingLon, lat(start)], [closingLon, pole]);
    const steps = Math.ceil(Math.abs(closingLon - lon(start)) / 90);
    for (let i = 1; i < steps; i++) out.push([closingLon + ((lon(start) - closingLon) * i) / steps, pole]);
    out.push([lon(start), pole]);
  }
  out.push([lon(start), lat(start)]);
  return out;
}

function lonCentre(ring: Ring): number {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const p of ring) {
    min = Math.min(min, lon(p));
    max = Math.max(max, lon(p));
  }
  return (min + max) / 2;
}

const shiftRing = (ring: Ring, by: number): Ring =>
  by === 0 ? ring : ring.map((p) => [lon(p) + by, lat(p)]);

/** Polygon area on the unit sphere (steradians), used to find a country's main landmass. */
export function sphericalArea(rings: Ring[]): number {
  const ringArea = (ring: Ring) => {
    let total = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      total +=
        (((lon(b) - lon(a)) * Math.PI) / 180) *
        (2 + Math.sin((lat(a) * Math.PI) / 180) + Math.sin((lat(b) * Math.PI) / 180));
    }
    return Math.abs(total / 2);
  };
  const [outer, ...holes] = rings;
  return outer ? Math.max(0, ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0)) : 0;
}

/** Index of the polygon with the largest true area. */
export function largestPolygonIndex(polygons: Ring[][]): number {
  let best = 0;
  let bestArea = -1;
  polygons.forEach((rings, index) => {
    const area = sphericalArea(rings);
    if (area > bestArea) {
      best = index;
      bestArea = area;
    }
  });
  return best;
}

/**
 * Unwrap every ring, then place the pieces: the largest polygon centred in -180..180, every other
 * polygon on the side of the antimeridian nearer to it (the Aleutians next to Alaska, Chukotka next
 * to Siberia), and holes with their outer ring.
 */
export function unwrapGeometry(geometry: Polygon | MultiPolygon): MultiPolygon {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const polygons = parts
    .map((rings) => rings.map(unwrapRing).filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0)
    .map(([outer, ...holes]) => {
      const centre = lonCentre(outer as Ring);
      const placed = shiftRing(outer as Ring, near(centre, 0) - centre);
      const placedCentre = near(centre, 0);
      return [
        placed,
        ...holes.map((hole) => shiftRing(hole, near(lonCentre(hole), placedCentre) - lonCentre(hole))),
      ];
    });
  const anchor = lonCentre(polygons[largestPolygonIndex(polygons)]?.[0] ?? []);
  const coordinates = polygons.map((rings) => {
    const centre = lonCentre(rings[0] as Ring);
    const by = near(centre, anchor) - centre;
    return rings.map((ring) => shiftRing(ring, by));
  });
  return { type: 'MultiPolygon', coordinates };
}

/** The longest edge of any ring, in degrees of longitude (the antimeridian test's measure). */
export function longestLonEdge(geometry: Polygon | MultiPolygon): number {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let longest = 0;
  for (const ring of parts.flat()) {
    for (let i = 1; i < ring.length; i++) {
      longest = Math.max(longest, Math.abs(lon(ring[i] as Position) - lon(ring[i - 1] as Position)));
    }
  }
  return longest;
}
