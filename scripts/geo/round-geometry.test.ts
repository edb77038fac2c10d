import { describe, expect, it } from 'vitest';
import { roundKeepingShape, roundRing } from './round-geometry.ts';

describe('roundRing', () => {
  it('rounds, drops consecutive repeats and keeps the ring closed', () => {
    const ring = [
      [1.00001, 2.00002],
      [1.00004, 2.00001],
      [3.12345, 2],
      [3, 4.5556],
      [1, 2],
    ];
    expect(roundRing(ring, 3)).toEqual([
      [1, 2],
      [3.123, 2],
      [3, 4.556],
      [1, 2],
    ]);
  });

  it('returns [] for a ring that collapses to fewer than three points', () => {
    expect(
      roundRing(
        [
          [1, 1],
          [1.0001, 1],
          [1.0001, 1.0001],
          [1, 1],
        ],
        3,
      ),
    ).toEqual([]);
  });
});

describe('roundKeepingShape', () => {
  it('raises the precision for a microstate rather than losing it', () => {
    const speck = [
      [
        [
          [7.4, 43.7],
          [7.4004, 43.7],
          [7.4004, 43.7004],
          [7.4, 43.7],
        ],
      ],
    ];
    const out = roundKeepingShape({ type: 'MultiPolygon', coordinates: speck }, 3);
    expect(out?.decimals).toBe(4);
    expect(out?.geometry.coordinates).toEqual(speck);
  });

  it('returns null when nothing survives even at 6 decimals', () => {
    const point = [
      [
        [
          [1, 1],
          [1, 1],
          [1, 1],
          [1, 1],
        ],
      ],
    ];
    expect(roundKeepingShape({ type: 'MultiPolygon', coordinates: point }, 3)).toBeNull();
  });
});
