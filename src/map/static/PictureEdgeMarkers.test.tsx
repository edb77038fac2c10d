import { firstView } from 'virtual:first-view';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { lngLatToMercator } from '../projection';
import type { Bounds } from '../view-geometry';
import { createDrawnFrameStore } from './drawn-frame-store';
import { arrowFor, PictureEdgeMarkers, placeMarker } from './PictureEdgeMarkers';

const WORLD = 1024;
// A frame on Europe: 20°W to 40°E, 35°N to 70°N.
const EUROPE: Bounds = [
  [-20, 35],
  [40, 70],
];
/** The Europe frame drawn into a width x height element filling its area ("meet"). */
function drawnInto(width: number, height: number) {
  const [x0, y0] = lngLatToMercator(-20, 70, WORLD);
  const [x1, y1] = lngLatToMercator(40, 35, WORLD);
  return {
    frame: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    box: { width, height, area: { width, height, left: 0, top: 0 } },
    worldSize: WORLD,
  };
}

describe('arrowFor', () => {
  it('points the nearest of eight ways, clockwise from east as CSS turns', () => {
    expect(arrowFor(0)).toBe('→');
    expect(arrowFor(90)).toBe('↓');
    expect(arrowFor(-90)).toBe('↑');
    expect(arrowFor(180)).toBe('←');
    expect(arrowFor(-180)).toBe('←');
    expect(arrowFor(-140)).toBe('↖');
    expect(arrowFor(30)).toBe('↘');
  });
});

describe('placeMarker', () => {
  const canada = [-100, 60] as const;
  const australia = [134, -25] as const;
  it('before the picture is measured, puts a far member in the corner of its direction', () => {
    expect(placeMarker(null, EUROPE, canada, undefined, WORLD)).toMatchObject({ corner: 'top-left' });
    expect(placeMarker(null, EUROPE, australia, undefined, WORLD)).toMatchObject({ corner: 'bottom-right' });
  });
  it('agrees with the measured picture on the corner, whatever its shape', () => {
    for (const [w, h] of [
      [390, 780],
      [1280, 500],
    ] as const) {
      for (const point of [canada, australia]) {
        const measured = placeMarker(drawnInto(w, h), EUROPE, point, undefined, WORLD);
        expect(measured?.corner).toBe(placeMarker(null, EUROPE, point, undefined, WORLD)?.corner);
      }
    }
  });
  it('leaves out, unmeasured, a country inside the frame or whose body overlaps it', () => {
    expect(placeMarker(null, EUROPE, [2, 47], undefined, WORLD)).toBeNull();
    const russia: Bounds = [
      [27, 41],
      [190, 78],
    ];
    expect(placeMarker(null, EUROPE, [97, 62], undefined, WORLD)).not.toBeNull();
    expect(placeMarker(null, EUROPE, [97, 62], russia, WORLD)).toBeNull();
  });
  it('hides the marker of a country the measured picture shows', () => {
    expect(placeMarker(drawnInto(390, 780), EUROPE, [2, 47], undefined, WORLD)).toBeNull();
  });
});

describe('PictureEdgeMarkers', () => {
  it("renders a link to each far member's page, coloured by class, with no style attribute", () => {
    const html = renderToString(
      <PictureEdgeMarkers drawn={createDrawnFrameStore()} bounds={firstView.bounds} worldSize={WORLD} />,
    );
    // The dataset's members beyond the default frame; western Russia is in it.
    for (const iso3 of ['CAN', 'USA', 'AUS']) expect(html).toContain(`href="country/${iso3}/"`);
    expect(firstView.outside).toContain('RUS');
    expect(html).not.toContain('country/RUS/');
    expect(html).toContain('data-fill=');
    expect(html).not.toContain('style=');
  });
});
