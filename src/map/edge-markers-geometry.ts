// Where an edge marker goes: the corner of the map in its country's direction, and the arrow's
// angle. Shared by the WebGL map's markers (edge-markers.ts) and the static picture's
// (static/PictureEdgeMarkers.tsx).
import { isInView } from './view-geometry';

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
export const CORNERS: readonly Corner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

/**
 * Where a marker for an off-screen point goes: the corner on the point's side of the map's centre,
 * or null when the point is in view. The corners are over the frame's margins (the frame fits its
 * members with padding, and a portrait phone has sea above and below them), not over a member.
 */
export function markerCorner(x: number, y: number, width: number, height: number): Corner | null {
  if (isInView(x, y, width, height)) return null;
  const vertical = y < height / 2 ? 'top' : 'bottom';
  const horizontal = x < width / 2 ? 'left' : 'right';
  return `${vertical}-${horizontal}`;
}

/** The direction of the point from the map's centre, in degrees clockwise from east (CSS rotate). */
export function bearingFromCentre(x: number, y: number, width: number, height: number): number {
  return Math.round((Math.atan2(y - height / 2, x - width / 2) * 180) / Math.PI);
}
