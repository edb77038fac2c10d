// The bottom sheet's heights and how a swipe moves between them. Pure, so the rules are unit-tested
// apart from the pointer events that drive them (SheetHandle.tsx).

/** peek: only the handle and the tabs show, over the map's foot; half: the map's upper part stays
 *  in view above the sheet; full: the sheet covers nearly all of the screen to read at length. */
export type SheetState = 'peek' | 'half' | 'full';

const ORDER: readonly SheetState[] = ['peek', 'half', 'full'];

/** A drag shorter than this (CSS px) is a tap, not a swipe. */
export const SWIPE_PX = 40;

/** One step up or down from `state` (stays at the ends). */
export function stepSheet(state: SheetState, direction: 'up' | 'down'): SheetState {
  const at = ORDER.indexOf(state) + (direction === 'up' ? 1 : -1);
  return ORDER[Math.min(Math.max(at, 0), ORDER.length - 1)] ?? state;
}

/**
 * Where a drag of the handle by `dy` px (positive: down) leaves the sheet: a swipe moves one step;
 * a tap (`dy` within SWIPE_PX) opens a peeking sheet, and toggles an open one between half and full.
 */
export function afterDrag(state: SheetState, dy: number): SheetState {
  if (dy >= SWIPE_PX) return stepSheet(state, 'down');
  if (dy <= -SWIPE_PX) return stepSheet(state, 'up');
  return state === 'half' ? 'full' : 'half';
}

/** What the handle says it will do when tapped (its accessible name). */
export function handleLabel(state: SheetState): string {
  return state === 'half' ? 'Expand the panel' : state === 'full' ? 'Shrink the panel' : 'Open the panel';
}
