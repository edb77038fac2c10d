// The timeline's positions: one per report date; null in the store means the last one (the
// default, left out of the URL). Pure, so stepping and playing are unit-tested.

/** Position of the store's `asOf` among the dates; the last one for null or an unknown date. */
export function positionOf(dates: readonly string[], asOf: string | null): number {
  const at = asOf === null ? -1 : dates.indexOf(asOf);
  return at >= 0 ? at : Math.max(dates.length - 1, 0);
}

/** The store's `asOf` for a position: null for the last date, so the URL leaves it out. */
export function asOfAt(dates: readonly string[], position: number): string | null {
  const clamped = Math.min(Math.max(position, 0), dates.length - 1);
  return clamped >= dates.length - 1 ? null : (dates[clamped] ?? null);
}

/** Where Play starts: from the first date when already at the end (a replay), else from here. */
export function playStart(dates: readonly string[], position: number): number {
  return position >= dates.length - 1 ? 0 : position;
}

/** Milliseconds between two steps while playing. */
export const PLAY_STEP_MS = 1500;

/**
 * The positions whose date is written under the slider: every one when they fit, else the first,
 * the last and evenly spaced ones between, `max` in all (a dataset with hundreds of report dates
 * would otherwise write hundreds of labels across the page). The date line above the slider
 * always names the current one.
 */
export function tickPositions(count: number, max: number): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  if (max < 2) return count > 0 ? [count - 1] : [];
  const last = count - 1;
  return Array.from({ length: max }, (_, k) => Math.round((k * last) / (max - 1)));
}
