import { describe, expect, it } from 'vitest';

import { asOfAt, playStart, positionOf, tickPositions } from './timeline-steps';

const dates = ['2025-03-06', '2025-04-10'];

describe('positionOf', () => {
  it('places null and unknown dates at the end', () => {
    expect(positionOf(dates, null)).toBe(1);
    expect(positionOf(dates, '2025-03-06')).toBe(0);
    expect(positionOf(dates, '1999-01-01')).toBe(1);
  });
});

describe('asOfAt', () => {
  it('gives null for the last date and clamps out-of-range positions', () => {
    expect(asOfAt(dates, 0)).toBe('2025-03-06');
    expect(asOfAt(dates, 1)).toBeNull();
    expect(asOfAt(dates, -3)).toBe('2025-03-06');
    expect(asOfAt(dates, 9)).toBeNull();
  });
});

describe('playStart', () => {
  it('replays from the first date at the end, else starts where it is', () => {
    expect(playStart(dates, 1)).toBe(0);
    expect(playStart(['a', 'b', 'c'], 1)).toBe(1);
  });
});

describe('tickPositions', () => {
  it('labels every date when they fit', () => {
    expect(tickPositions(2, 6)).toEqual([0, 1]);
    expect(tickPositions(6, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(tickPositions(0, 6)).toEqual([]);
  });
  it('labels the first, the last and evenly spaced dates between when there are more', () => {
    expect(tickPositions(280, 6)).toEqual([0, 56, 112, 167, 223, 279]);
    expect(tickPositions(7, 4)).toEqual([0, 2, 4, 6]);
  });
  it('never labels more than the limit, each position once, in order', () => {
    for (const count of [7, 10, 41, 1000]) {
      for (const max of [2, 3, 4, 6]) {
        const ticks = tickPositions(count, max);
        expect(ticks).toHaveLength(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(count - 1);
        expect(ticks.every((t, i) => i === 0 || t > (ticks[i - 1] ?? -1))).toBe(true);
      }
    }
  });
});
