import { describe, expect, it } from 'vitest';

import { inSight } from './sheet-camera';

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
