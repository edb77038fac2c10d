// The static picture's frame with the selected country kept in sight above a bottom sheet: the
// frame it would show, moved as the WebGL map's camera moves for the same sheet (sight.ts), so
// the picture and the map agree and the map takes over without a jump.
import { sightShift } from '../../sheet/sight';
import { type LngLat, lngLatToMercator, type ViewBox } from '../projection';
import type { ElementBox } from './use-element-box';

export type KeepInSight = {
  /** The selected country's interior point. */
  at: LngLat;
  /** How far the sheet reaches up over the map area's bottom edge (CSS px). */
  covered: number;
};

/**
 * `frame` (a viewBox drawn with "xMidYMid meet" into `box`, an element placed in the map's area)
 * moved so the point shows above the sheet, judged on the whole area as MapLibre judges its canvas;
 * null when it needs no move (in sight already, no sheet, off the map, or not measured yet).
 */
export function frameInSight(
  frame: ViewBox,
  { width, height, area }: ElementBox,
  { at, covered }: KeepInSight,
  worldSize: number,
): ViewBox | null {
  if (!(width > 0 && height > 0 && frame.width > 0 && frame.height > 0) || covered <= 0) return null;
  const scale = Math.min(width / frame.width, height / frame.height);
  const left = area.left + (width - frame.width * scale) / 2;
  const top = area.top + (height - frame.height * scale) / 2;
  const [x, y] = lngLatToMercator(at[0], at[1], worldSize);
  // The copy of the world nearest the frame's middle (the picture draws copies side by side).
  const middle = frame.x + frame.width / 2;
  const nearestX = x + Math.round((middle - x) / worldSize) * worldSize;
  const drawnX = left + (nearestX - frame.x) * scale;
  const drawnY = top + (y - frame.y) * scale;
  const shift = sightShift(drawnX, drawnY, area.width, area.height, covered);
  if (!shift) return null;
  return { ...frame, x: frame.x - shift.dx / scale, y: frame.y - shift.dy / scale };
}
