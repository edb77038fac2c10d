import { describe, expect, it } from 'vitest';
import { lngLatToMercator, mercatorBoundsViewBox, mercatorToLngLat, viewBoxAttribute } from './projection.ts';

describe('lngLatToMercator', () => {
  it('puts (0, 0) in the middle of the world', () => {
    expect(lngLatToMercator(0, 0, 1024)).toEqual([512, 512]);
  });

  it('puts the corners of the Mercator square at the world corners', () => {
    const [x0, y0] = lngLatToMercator(-180, 85.051129, 1024);
    const [x1, y1] = lngLatToMercator(180, -85.051129, 1024);
    expect(x0).toBe(0);
    expect(y0).toBeCloseTo(0, 3);
    expect(x1).toBe(1024);
    expect(y1).toBeCloseTo(1024, 3);
  });

  it('clamps the poles to the Mercator square instead of returning Infinity', () => {
    expect(lngLatToMercator(0, 90, 1024)[1]).toBeCloseTo(0, 3);
    expect(lngLatToMercator(0, -90, 1024)[1]).toBeCloseTo(1024, 3);
  });

  it('places London in its well-known slippy-map tile (z10: x 511, y 340)', () => {
    const [x, y] = lngLatToMercator(-0.1278, 51.5074, 1024);
    expect(Math.floor(x)).toBe(511);
    expect(Math.floor(y)).toBe(340);
  });

  it('is undone by mercatorToLngLat', () => {
    const [x, y] = lngLatToMercator(30.5234, 50.4501, 512);
    const [lng, lat] = mercatorToLngLat(x, y, 512);
    expect(lng).toBeCloseTo(30.5234, 9);
    expect(lat).toBeCloseTo(50.4501, 9);
  });
});

describe('mercatorBoundsViewBox', () => {
  // A box 100 x 100 world px at zoom 1: x 512..612, y from the equator upwards.
  const north = mercatorToLngLat(0, 412, 1024)[1];
  const box = [
    [0, 0],
    [(100 / 1024) * 360, north],
  ] as const;

  it('returns the bounds when the canvas size is unknown', () => {
    const v = mercatorBoundsViewBox(box, 20, 0, 0, { worldSize: 1024 });
    expect(v.x).toBeCloseTo(512, 6);
    expect(v.y).toBeCloseTo(412, 6);
    expect(v.width).toBeCloseTo(100, 6);
    expect(v.height).toBeCloseTo(100, 6);
  });

  it('fits the limiting axis inside the padding and keeps the canvas aspect ratio', () => {
    // Canvas 400 x 200, padding 50: room 300 x 100, so height limits: 1 screen px = 1 world px.
    const v = mercatorBoundsViewBox(box, 50, 400, 200, { worldSize: 1024 });
    expect(v.height).toBeCloseTo(200, 6);
    expect(v.width).toBeCloseTo(400, 6);
    expect(v.x + v.width / 2).toBeCloseTo(562, 6);
    expect(v.y + v.height / 2).toBeCloseTo(462, 6);
  });

  it('shifts the centre by half the padding difference, as maplibre cameraForBounds does', () => {
    // Room 200 x 200 for a 100 x 100 box: scale 2; the box must sit in the unpadded area.
    const padding = { top: 0, right: 0, bottom: 0, left: 200 };
    const v = mercatorBoundsViewBox(box, padding, 400, 200, { worldSize: 1024 });
    const scale = 400 / v.width;
    expect(scale).toBeCloseTo(2, 6);
    // The box's west edge (x 512) lands 200 screen px from the canvas's left edge.
    expect((512 - v.x) * scale).toBeCloseTo(200, 6);
    expect((612 - v.x) * scale).toBeCloseTo(400, 6);
  });

  it('stops at maxZoom like fitBounds, keeping the bounds centred', () => {
    // Unlimited, the 100 px box would fill 400 px (scale 4, zoom 3); maxZoom 2 caps scale at 2.
    const v = mercatorBoundsViewBox(box, 0, 400, 400, { worldSize: 1024, maxZoom: 2 });
    expect(v.width).toBeCloseTo(200, 6);
    expect(v.x + v.width / 2).toBeCloseTo(562, 6);
  });

  it('treats a west edge east of the east edge as crossing the antimeridian', () => {
    const v = mercatorBoundsViewBox(
      [
        [170, -20],
        [-170, 0],
      ],
      0,
      0,
      0,
      { worldSize: 1024 },
    );
    expect(v.width).toBeCloseTo((20 / 360) * 1024, 6);
    expect(v.x).toBeCloseTo((350 / 360) * 1024, 6);
  });

  it('formats a viewBox attribute', () => {
    expect(viewBoxAttribute({ x: 1.23456, y: 2, width: 3, height: 4.00001 })).toBe('1.235 2 3 4');
  });
});
