// The boundaries' vector tiles as MapLibre reads them (decoded with the decoder MapLibre itself
// uses): how far a cut tile may move a border, and that a cut edge stays outside the drawn tile.
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { TILE_LAYER } from '../../src/map/boundary-tiles.ts';
import { lngLatToMercator } from '../../src/map/projection.ts';
import { cutVectorTiles, DEEPEST_EXTENT, EXTENT } from './vector-tiles.ts';

type Countries = FeatureCollection<MultiPolygon, { iso3: string; name: string }>;
type Ring = [number, number][];

const country = (iso3: string, ring: Ring): Countries['features'][number] => ({
  type: 'Feature',
  properties: { iso3, name: iso3 },
  geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
});

/** A wavy coastline: a circle of 2,000 points whose radius wobbles, in lon/lat. */
function wavyRing(lon: number, lat: number, radius: number): Ring {
  const ring: Ring = [];
  for (let i = 0; i < 2000; i++) {
    const a = (2 * Math.PI * i) / 2000;
    const r = radius * (1 + 0.02 * Math.sin(37 * a) + 0.01 * Math.sin(211 * a));
    ring.push([lon + r * Math.cos(a), lat + r * Math.sin(a)]);
  }
  ring.push(ring[0] as [number, number]);
  return ring;
}

function decode(data: Uint8Array) {
  const layer = new VectorTile(new PbfReader(data)).layers[TILE_LAYER];
  if (!layer) throw new Error('tile without its layer');
  return {
    extent: layer.extent,
    rings: layer
      .feature(0)
      .loadGeometry()
      .map((r) => r.map((p) => [p.x, p.y])),
  };
}

function segmentDistance(p: number[], a: number[], b: number[]): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const l2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / l2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

const wavy = wavyRing(10, 50, 8);
const tiles = cutVectorTiles({ type: 'FeatureCollection', features: [country('WAV', wavy)] }, 5);

describe('cutVectorTiles', () => {
  it('cuts the shallow zooms at EXTENT and the deepest, which MapLibre overzooms, at DEEPEST_EXTENT', () => {
    const extents = new Map(
      tiles.filter((t) => t.data.length > 0).map((t) => [t.z, decode(t.data).extent] as const),
    );
    expect(Object.fromEntries(extents)).toEqual({
      0: EXTENT,
      1: EXTENT,
      2: EXTENT,
      3: EXTENT,
      4: EXTENT,
      5: DEEPEST_EXTENT,
    });
  });

  it('moves no border point by more than 0.6 px at its zoom (512 px a tile), about 1 px a zoom further', () => {
    for (const z of [0, 1, 2, 3, 4]) {
      const [wx, wy] = lngLatToMercator(10, 50).map((v) => v / 1024);
      const x = Math.floor((wx as number) * 2 ** z);
      const y = Math.floor((wy as number) * 2 ** z);
      const tile = tiles.find((t) => t.z === z && t.x === x && t.y === y);
      if (!tile) throw new Error(`no tile ${z}/${x}/${y}`);
      const { extent, rings } = decode(tile.data);
      const outer = rings[0] ?? [];
      let worst = 0;
      for (const [lon, lat] of wavy) {
        const [mx = 0, my = 0] = lngLatToMercator(lon, lat).map((v) => v / 1024);
        const p = [(mx * 2 ** z - x) * extent, (my * 2 ** z - y) * extent];
        // Points outside this tile (past its buffer) are another tile's.
        if (p.some((v) => v < 0 || v > extent)) continue;
        let nearest = Number.POSITIVE_INFINITY;
        for (let i = 1; i < outer.length; i++)
          nearest = Math.min(nearest, segmentDistance(p, outer[i - 1] ?? [], outer[i] ?? []));
        worst = Math.max(worst, nearest);
      }
      expect((worst * 512) / extent, `zoom ${z}`).toBeLessThan(0.6);
      expect(worst, `zoom ${z}: the shape is simplified`).toBeGreaterThan(0);
    }
  });

  it("keeps a cut edge at least 2 px outside the drawn tile, where the fill's outline runs", () => {
    // A country larger than any one tile of zoom 3: cut on every side.
    const big: Ring = [
      [-30, 20],
      [60, 20],
      [60, 70],
      [-30, 70],
      [-30, 20],
    ];
    const cut = cutVectorTiles({ type: 'FeatureCollection', features: [country('BIG', big)] }, 5);
    const [wx = 0, wy = 0] = lngLatToMercator(10, 50).map((v) => v / 1024);
    for (const z of [3, 4, 5]) {
      const tile = cut.find(
        (t) => t.z === z && t.x === Math.floor(wx * 2 ** z) && t.y === Math.floor(wy * 2 ** z),
      );
      if (!tile) throw new Error(`no tile at zoom ${z}`);
      const { extent, rings } = decode(tile.data);
      const xs = (rings[0] ?? []).map((p) => p[0] ?? 0);
      const ys = (rings[0] ?? []).map((p) => p[1] ?? 0);
      const margin = (2 * extent) / 512;
      expect(Math.min(...xs, ...ys), `zoom ${z}`).toBeLessThanOrEqual(-margin);
      expect(Math.max(...xs, ...ys), `zoom ${z}`).toBeGreaterThanOrEqual(extent + margin);
    }
  });
});
