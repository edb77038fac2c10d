import { describe, expect, it } from 'vitest';
import { worldCopies } from './world-copies';

describe('worldCopies', () => {
  it('draws only the main world for a view inside it', () => {
    expect(worldCopies({ x: 400, y: 300, width: 200, height: 100 }, 1024)).toEqual([0]);
  });

  it('adds the copy east of 180 for a view across the antimeridian', () => {
    expect(worldCopies({ x: 900, y: 300, width: 400, height: 200 }, 1024)).toEqual([0, 1]);
  });

  it('adds copies on both sides for a view wider than the world', () => {
    expect(worldCopies({ x: -300, y: 0, width: 1600, height: 1024 }, 1024)).toEqual([-1, 0, 1]);
  });

  it('keeps the main world when only its unwrapped overhang is in view', () => {
    expect(worldCopies({ x: 1030, y: 200, width: 50, height: 50 }, 1024)).toEqual([0, 1]);
  });
});
