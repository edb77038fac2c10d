import { describe, expect, it } from 'vitest';

import { inSight, sightShift } from './sight';

describe('inSight', () => {
  it('is true inside the uncovered part, away from its edges', () => {
    expect(inSight(200, 150, 390, 300)).toBe(true);
  });
  it('is false under the sheet, at an edge or off the map', () => {
    expect(inSight(200, 310, 390, 300)).toBe(false);
    expect(inSight(200, 290, 390, 300)).toBe(false);
    expect(inSight(-5, 150, 390, 300)).toBe(false);
    expect(inSight(200, 10, 390, 300)).toBe(false);
  });
  it('keeps a usable margin on a small uncovered part', () => {
    expect(inSight(100, 20, 200, 40)).toBe(true);
  });
});

describe('sightShift', () => {
  it('moves a country under the sheet to the middle of the uncovered part', () => {
    // A 390 x 800 map, the sheet over its lowest 500 px: 300 px left in sight.
    expect(sightShift(100, 600, 390, 800, 500)).toEqual({ dx: 95, dy: -450 });
  });
  it('leaves a country in sight, or off the map, where it is', () => {
    expect(sightShift(100, 150, 390, 800, 500)).toBeNull();
    expect(sightShift(100, 900, 390, 800, 500)).toBeNull();
    expect(sightShift(-40, 600, 390, 800, 500)).toBeNull();
  });
  it('keeps a fifth of the map in sight however tall the sheet', () => {
    // Covered 790 of 800 px counts as 640: the point goes to the middle of the top 160 px.
    expect(sightShift(195, 400, 390, 800, 790)).toEqual({ dx: 0, dy: -320 });
  });
  it('does nothing on an unmeasured map', () => {
    expect(sightShift(0, 0, 0, 0, 100)).toBeNull();
  });
});
