// The map's default frame: what the reader sees first and what "Reset view" returns to. One pure
// rule, used when the app is built (the static first paint and the WebGL map's first camera,
// scripts/vite-first-paint-plugin.ts) so the two frame exactly the same box.
//
// The subject is the supported country and the coalition around it, not the world: the frame is
// the supported country plus every dataset country whose interior point is within FRAME_RADIUS_KM
// of it, each by its main body. Members farther away (Canada, the United States, Australia...) are
// reached through edge markers (edge-markers.ts). A dataset spread over the whole world (more far
// members than markers can name, the benchmark's every-country dataset) is framed whole instead.
import { type Bounds, boundsOf, type CountryPoints } from './view-geometry';

/**
 * How far from the supported country a member still belongs in the frame. Kyiv to Dublin is
 * about 2,500 km; to Ottawa, Beijing or Canberra far more than twice this.
 */
export const FRAME_RADIUS_KM = 3500;

/** More far members than this and the frame is the whole dataset: markers would crowd the edges. */
export const MAX_EDGE_MARKERS = 8;

export interface FrameInput {
  supports: string;
  /** The dataset's countries (the supported one is not among them). */
  members: readonly string[];
  points: CountryPoints;
  /** Each country's main body (view-geometry.ts mainBodyBounds), where known. */
  bodies: Readonly<Record<string, Bounds>>;
  /** When nothing has a point. */
  worldBounds: Bounds;
}

export interface DefaultFrame {
  bounds: Bounds;
  /** The members outside the frame, which get an edge marker; empty for a whole-dataset frame. */
  outside: string[];
}

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function union(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}

/** The default frame of a dataset (see the file comment). */
export function defaultFrame(input: FrameInput): DefaultFrame {
  const { supports, members, points, bodies } = input;
  const whole = (): DefaultFrame => ({
    bounds: boundsOf(points, [supports, ...members]) ?? input.worldBounds,
    outside: [],
  });
  const centre = points[supports];
  if (!centre) return whole();
  const near = members.filter((iso3) => {
    const p = points[iso3];
    return p !== undefined && distanceKm(centre, p) <= FRAME_RADIUS_KM;
  });
  const outside = members.filter((iso3) => !near.includes(iso3) && points[iso3] !== undefined);
  if (outside.length > MAX_EDGE_MARKERS) return whole();
  const boxes = [supports, ...near].flatMap((iso3) => {
    const body = bodies[iso3];
    if (body) return [body];
    const p = points[iso3];
    return p
      ? [
          [
            [p[0], p[1]],
            [p[0], p[1]],
          ] as Bounds,
        ]
      : [];
  });
  return { bounds: union(boxes) ?? input.worldBounds, outside };
}
