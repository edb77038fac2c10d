import { describe, expect, it } from 'vitest';
import { clipRingToBand, svgPathData } from './svg-path.ts';
import { square } from './test-shapes';

describe('clipRingToBand', () => {
  it('cuts the part of a ring beyond 85 degrees south at 85 degrees', () => {
    const ring = [
      [0, -80],
      [10, -80],
      [10, -90],
      [0, -90],
      [0, -80],
    ];
    expect(clipRingToBand(ring)).toEqual([
      [0, -85],
      [0, -80],
      [10, -80],
      [10, -85],
    ]);
  });

  it('leaves a ring inside the band untouched (open, without the closing point)', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(clipRingToBand(ring)).toEqual(ring.slice(0, -1));
  });
});

describe('svgPathData', () => {
  it('writes one relative subpath per ring with short numbers', () => {
    // In a 360 px world 1 degree of longitude is 1 px; at the equator, latitude nearly so.
    const d = svgPathData({ type: 'MultiPolygon', coordinates: [[square(0, 0, 10)]] }, 360, 10);
    expect(d).toBe('M180 180l10 0 0-10.1-10 0z');
  });

  it('drops rings that collapse below the precision and returns "" if nothing is left', () => {
    const d = svgPathData({ type: 'MultiPolygon', coordinates: [[square(0, 0, 0.01)]] }, 360, 10);
    expect(d).toBe('');
    expect(svgPathData({ type: 'MultiPolygon', coordinates: [[square(0, 0, 0.5)]] }, 360, 10)).toBe(
      'M180 180l.5 0 0-.5-.5 0z',
    );
  });
});
