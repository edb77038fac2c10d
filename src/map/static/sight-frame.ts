// The static picture's frame with the selected country kept in sight, as the WebGL map keeps it:
// brought into view when it is not (sync-map.ts: centred, at the same zoom), then moved out from
// under a bottom sheet (sight.ts). The picture and the map follow the same rules, so they agree and
// the map takes over without a jump.
import { sightShift } from '../../sheet/sight';
import { inViewOn, type Project } from '../country-in-view';
import { type LngLat, lngLatToMercator, type ViewBox } from '../projection';
import type { Bounds } from '../view-geometry';
import type { ElementBox } from './use-element-box';

export type KeepInSight = {
  /** The selected country's interior point. */
  at: LngLat;
  /** Its main body, for a country whose point can be out of view while much of it shows (Russia). */
  body?: Bounds;
  /** How far the sheet reaches up over the map area's bottom edge (CSS px); 0 without a sheet. */
  covered: number;
};

/** A frame as drawn: the viewBox, the element it is drawn into ("xMidYMid meet"), the world's width. */
export type DrawnFrame = { frame: ViewBox; box: ElementBox; worldSize: number };

const measured = ({ frame, box }: DrawnFrame) =>
  box.width > 0 && box.height > 0 && frame.width > 0 && frame.height > 0;

/** How the frame is drawn: screen px per world px, and where its corner lands in the map area. */
function layoutOf({ frame, box }: DrawnFrame): { scale: number; left: number; top: number } {
  const { width, height, area } = box;
  const scale = Math.min(width / frame.width, height / frame.height);
  return {
    scale,
    left: area.left + (width - frame.width * scale) / 2,
    top: area.top + (height - frame.height * scale) / 2,
  };
}

/**
 * Which copy of the world (its left edge, world px) a frame is in: the one its middle is in. The
 * picture draws copies side by side, but the WebGL map draws one world (create-map.ts:
 * renderWorldCopies false), so a country is where that map has it: in the frame's own copy, west
 * of the frame when it lies west, even when a neighbouring copy's would be nearer (from Australia,
 * the Americas are to the west, not across the Pacific).
 */
export function copyOf(middle: number, worldSize: number): number {
  return Math.floor(middle / worldSize) * worldSize;
}

/** Where the picture draws a lon/lat, in CSS px of the map area (the element's parent). */
export function projectOn(drawn: DrawnFrame): Project {
  const { frame, worldSize } = drawn;
  const { scale, left, top } = layoutOf(drawn);
  const copy = copyOf(frame.x + frame.width / 2, worldSize);
  return ([lng, lat]) => {
    const [x, y] = lngLatToMercator(lng, lat, worldSize);
    return { x: left + (x + copy - frame.x) * scale, y: top + (y - frame.y) * scale };
  };
}

/**
 * How far (world px) to move a range [from, to] into the world [start, start + worldSize]; 0 when
 * the range is wider.
 */
function intoWorld(from: number, to: number, start: number, worldSize: number): number {
  if (to - from >= worldSize) return 0;
  if (from < start) return start - from;
  if (to > start + worldSize) return start + worldSize - to;
  return 0;
}

/**
 * The frame moved by (dx, dy) screen px, what it draws there moving with it, and then kept inside
 * the world as MapLibre keeps a map without world copies (create-map.ts: renderWorldCopies false):
 * the map area shows no sea past the antimeridian or the poles while the world is wider and taller
 * than it, so the map draws a country near them (Australia, Alaska) off-centre, and so does this.
 */
function moved(drawn: DrawnFrame, dx: number, dy: number): ViewBox {
  const { frame, box, worldSize } = drawn;
  const layout = layoutOf(drawn);
  const { scale } = layout;
  const x = frame.x - dx / scale;
  const y = frame.y - dy / scale;
  // The map area's edges in world px.
  const left = x - layout.left / scale;
  const top = y - layout.top / scale;
  const [across, down] = [box.area.width / scale, box.area.height / scale];
  const copy = copyOf(left + across / 2, worldSize);
  return {
    ...frame,
    x: x + intoWorld(left, left + across, copy, worldSize),
    y: y + intoWorld(top, top + down, 0, worldSize),
  };
}

/**
 * `frame` (a viewBox drawn with "xMidYMid meet" into `box`, an element placed in the map's area)
 * moved so the country shows: centred on the area when it is out of view (judged on the whole
 * area, as MapLibre judges its canvas), then above the sheet when one covers it; null when it
 * needs no move (in sight already, or not measured yet).
 */
export function frameInSight(
  frame: ViewBox,
  box: ElementBox,
  { at, body, covered }: KeepInSight,
  worldSize: number,
): ViewBox | null {
  const drawn = { frame, box, worldSize };
  if (!measured(drawn)) return null;
  const { width, height } = box.area;
  const project = projectOn(drawn);
  const p = project(at);
  const revealed = inViewOn(project, width, height, at, body)
    ? null
    : { frame: moved(drawn, width / 2 - p.x, height / 2 - p.y), box, worldSize };
  const shown = revealed ?? drawn;
  const q = projectOn(shown)(at);
  const shift = sightShift(q.x, q.y, width, height, covered);
  return shift ? moved(shown, shift.dx, shift.dy) : (revealed?.frame ?? null);
}
