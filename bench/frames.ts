// Which map render first showed the choropleth, from the probe's per-render draw counts.
import type { DrawnFrame } from './page-probe';

/** A render that draws this share of the ready frame's indices counts as the map drawn. */
export const FULL_SHARE = 0.9;

/**
 * The time of the first render, before ready, that drew at least FULL_SHARE of what the last
 * render before ready drew (the frame the reader sees when the map is ready). Earlier renders draw
 * an empty source, or a background, or the first of several tiles. NaN when nothing was drawn.
 */
export function firstFullFrame(frames: readonly DrawnFrame[], ready: number): number {
  const before = frames.filter((f) => f.t <= ready && f.indices > 0);
  const last = before.at(-1);
  if (!last) return Number.NaN;
  const first = before.find((f) => f.indices >= FULL_SHARE * last.indices);
  return first?.t ?? Number.NaN;
}
