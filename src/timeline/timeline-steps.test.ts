import { describe, expect, it } from 'vitest';

import { asOfAt, playStart, positionOf } from './timeline-steps';

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
