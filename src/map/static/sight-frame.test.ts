import { describe, expect, it } from 'vitest';

import { lngLatToMercator } from '../projection';
import { frameInSight } from './sight-frame';

const WORLD = 1024;
/** An element filling its map area of width x height. */
const filling = (width: number, height: number) => ({
  width,
  height,
  area: { width, height, left: 0, top: 0 },
});
// A 390 x 780 picture of a 39 x 78 world-px frame: 10 screen px per world px.
const frame = { x: 500, y: 300, width: 39, height: 78 };
const screenOf = (box: typeof frame, lng: number, lat: number) => {
  const [x, y] = lngLatToMercator(lng, lat, WORLD);
  return [(x - box.x) * 10, (y - box.y) * 10];
};

describe('frameInSight', () => {
  const at = [0, 0] as const;
  // (0°, 0°) is world px (512, 512): screen (120, 2120) in the frame above, so off the picture.
  const under = { ...frame, y: 450 }; // now at screen (120, 620): under a sheet over 500 px

  it('moves the frame so the country sits in the middle of the part above the sheet', () => {
    const moved = frameInSight(under, filling(390, 780), { at, covered: 500 }, WORLD);
    expect(moved).not.toBeNull();
    const [x, y] = screenOf(moved ?? under, 0, 0);
    expect(x).toBeCloseTo(195);
    expect(y).toBeCloseTo(140);
    expect(moved?.width).toBe(under.width);
  });
  it('leaves the frame when the country is in sight, in view without a sheet, or not measured', () => {
    expect(frameInSight({ ...frame, y: 500 }, filling(390, 780), { at, covered: 500 }, WORLD)).toBeNull();
    expect(frameInSight(under, filling(390, 780), { at, covered: 0 }, WORLD)).toBeNull();
    expect(frameInSight(under, filling(0, 0), { at, covered: 500 }, WORLD)).toBeNull();
  });
  it('brings a country off the picture into view, centred, as the WebGL map does', () => {
    // (0°, 0°) at screen (120, 2120): far below the picture.
    const centred = frameInSight(frame, filling(390, 780), { at, covered: 0 }, WORLD);
    const [x, y] = screenOf(centred ?? frame, 0, 0);
    expect(x).toBeCloseTo(195);
    expect(y).toBeCloseTo(390);
    expect(centred?.width).toBe(frame.width);
  });
  it('reaches a country the way the WebGL map does, in one world, not across the antimeridian', () => {
    // From a frame on Australia (134°E), the United States (98°W) is 228° to the west and 132° to
    // the east across the Pacific: the frame moves west, as MapLibre's camera (no world copies).
    const [ausX] = lngLatToMercator(134, -25, WORLD);
    const overAustralia = { ...frame, x: ausX - 19.5, y: 560 };
    const moved = frameInSight(overAustralia, filling(390, 780), { at: [-98, 39], covered: 0 }, WORLD);
    const [x, y] = screenOf(moved ?? overAustralia, -98, 39);
    expect(x).toBeCloseTo(195);
    expect(y).toBeCloseTo(390);
  });
  it('stops at the antimeridian and the poles, as MapLibre does without world copies', () => {
    // 175°E centred would show 6 world px past 180°: the frame stops at the world's edge instead.
    const near = frameInSight(frame, filling(390, 780), { at: [175, 0], covered: 0 }, WORLD);
    expect(near?.x).toBeCloseTo(WORLD - 39);
    const [x] = screenOf(near ?? frame, 175, 0);
    expect(x).toBeGreaterThan(195);
    // Near the north pole the frame's top stays at the world's.
    expect(frameInSight(frame, filling(390, 780), { at: [0, 84], covered: 0 }, WORLD)?.y).toBeCloseTo(0);
  });
  it('brings it into view, then above the sheet', () => {
    const moved = frameInSight(frame, filling(390, 780), { at, covered: 500 }, WORLD);
    const [x, y] = screenOf(moved ?? frame, 0, 0);
    expect(x).toBeCloseTo(195);
    expect(y).toBeCloseTo(140);
  });
  it('leaves a big country whose point is off the picture while enough of its body shows', () => {
    // The point off the picture, its body from (-10°, -10°) to (10°, 10°) over most of it: world px
    // 483.6 to 540.4 across and down, so screen (-164, -164) to (404, 404) in a frame at (500, 500).
    const over = { ...frame, x: 500, y: 500 };
    const body = [
      [-10, -10],
      [10, 10],
    ] as const;
    const far = [60, 0] as const;
    expect(frameInSight(over, filling(390, 780), { at: far, covered: 0 }, WORLD)).not.toBeNull();
    expect(
      frameInSight(
        over,
        filling(390, 780),
        { at: far, body: [[...body[0]], [...body[1]]], covered: 0 },
        WORLD,
      ),
    ).toBeNull();
  });
  it("finds the country in the frame's own copy of the world", () => {
    const east = { ...under, x: under.x + WORLD };
    const moved = frameInSight(east, filling(390, 780), { at, covered: 500 }, WORLD);
    expect(moved?.x).toBeCloseTo(WORLD + 512 - 19.5);
  });
  it('measures on a letterboxed frame as "meet" draws it', () => {
    // A frame twice as wide as the element's shape: drawn 390 x 390 in the middle of 390 x 780.
    const wide = { x: 473, y: 473, width: 78, height: 78 };
    // (0°, 0°) at screen (195, 195 + 195) = (195, 390): under a sheet over the lowest 500 px.
    const moved = frameInSight(wide, filling(390, 780), { at, covered: 500 }, WORLD);
    expect(moved).not.toBeNull();
    expect(moved?.x).toBeCloseTo(473);
    // To screen y 140: 250 px up, 50 world px at 5 px each.
    expect(moved?.y).toBeCloseTo(473 + 50);
  });
  it('judges on the map area when the picture is inset in it', () => {
    // The picture 330 x 720, inset 30 px on every side of a 390 x 780 area; 10 px per world px.
    const box = { width: 330, height: 720, area: { width: 390, height: 780, left: 30, top: 30 } };
    const inset = { x: 500, y: 450, width: 33, height: 72 };
    // (0°, 0°) at (120 + 30, 620 + 30) in the area: under a sheet over its lowest 500 px.
    const moved = frameInSight(inset, box, { at, covered: 500 }, WORLD);
    expect(moved?.x).toBeCloseTo(500 - (195 - 150) / 10);
    expect(moved?.y).toBeCloseTo(450 - (140 - 650) / 10);
  });
});
