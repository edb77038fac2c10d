// Where a selected country must sit for the reader to see it above a bottom sheet, as screen
// geometry only: the WebGL map's camera (sheet-camera.ts) and the static picture (StaticMap.tsx,
// before MapLibre is drawn and when WebGL cannot run) both follow it, so the two agree on whether
// the country is hidden and where it goes, and handing one over to the other does not jump.

/** However tall the sheet, the country is placed as if it covered at most this share of the map. */
const MAX_COVERED_SHARE = 0.8;
/** A country this close to the uncovered part's edge (CSS px) counts as out of sight. */
export const EDGE_PX = 24;

/** Whether a point drawn at (x, y) shows in the uncovered part of a width x visibleHeight map. */
export function inSight(x: number, y: number, width: number, visibleHeight: number): boolean {
  const edge = Math.min(EDGE_PX, visibleHeight / 4);
  return x >= edge && x <= width - edge && y >= edge && y <= visibleHeight - edge;
}

/** The map's lowest px the country is kept above: the sheet's reach, at most MAX_COVERED_SHARE. */
export function coveredBottom(covered: number, height: number): number {
  return Math.round(Math.min(Math.max(covered, 0), height * MAX_COVERED_SHARE));
}

/**
 * How far (screen px) the picture must move for a point drawn at (x, y) on a width x height map to
 * sit in the middle of the part a sheet covering its lowest `covered` px leaves; null when it is in
 * sight there already, or off the map altogether (whether to bring such a country into view is
 * the map's own question, sync-map.ts).
 */
export function sightShift(
  x: number,
  y: number,
  width: number,
  height: number,
  covered: number,
): { dx: number; dy: number } | null {
  if (!(width > 0 && height > 0)) return null;
  const visible = height - coveredBottom(covered, height);
  if (!inSight(x, y, width, height) || inSight(x, y, width, visible)) return null;
  return { dx: width / 2 - x, dy: visible / 2 - y };
}
