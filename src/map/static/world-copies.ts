// Like MapLibre's renderWorldCopies: a view wider than the world, or across the antimeridian,
// shows the world again on either side. Outlines run a little past 0..worldSize (Chukotka and the
// Aleutians are unwrapped across 180), hence the margin.
import type { ViewBox } from '../projection';

const MARGIN = 0.1;

/** Offsets, in whole worlds, of the copies of the world that the view box shows (0 = the main one). */
export function worldCopies(box: ViewBox, worldSize: number): number[] {
  const first = Math.floor(box.x / worldSize) - 1;
  const last = Math.floor((box.x + box.width) / worldSize) + 1;
  const copies: number[] = [];
  for (let k = first; k <= last; k++) {
    const west = (k - MARGIN) * worldSize;
    const east = (k + 1 + MARGIN) * worldSize;
    if (east > box.x && west < box.x + box.width) copies.push(k);
  }
  return copies;
}
