import { describe, expect, it } from 'vitest';

import { bearingFromCentre, markerCorner } from './edge-markers-geometry';

describe('markerCorner', () => {
  const [w, h] = [300, 400];
  it('is null while the point is in view', () => {
    expect(markerCorner(150, 200, w, h)).toBeNull();
  });
  it('is the corner on the point’s side of the centre', () => {
    expect(markerCorner(-900, 150, w, h)).toBe('top-left');
    expect(markerCorner(-900, 260, w, h)).toBe('bottom-left');
    expect(markerCorner(1400, -300, w, h)).toBe('top-right');
    expect(markerCorner(1400, 1300, w, h)).toBe('bottom-right');
    // Just past the edge's margin counts as out of view.
    expect(markerCorner(10, 100, w, h)).toBe('top-left');
  });
});

describe('bearingFromCentre', () => {
  it('points from the centre to the place, clockwise from east', () => {
    expect(bearingFromCentre(1000, 200, 300, 400)).toBe(0);
    expect(bearingFromCentre(150, 1000, 300, 400)).toBe(90);
    expect(bearingFromCentre(-1000, 200, 300, 400)).toBe(180);
    expect(bearingFromCentre(150, -1000, 300, 400)).toBe(-90);
  });
});
