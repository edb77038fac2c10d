// The WebGL map's boundaries as static vector tiles: countries.geojson cut by geojson-vt into the
// tiles of zooms 0 to TILE_MAX_ZOOM (src/map/boundary-tiles.ts) and written as Mapbox Vector Tiles (vt-pbf), one file each under
// public/generated/tiles/{z}/{x}/{y}.pbf. A view then downloads only the tiles it shows, at the
// precision its zoom needs (the world's 16 tiles at zoom 2 are 94 KB, against 394 KB gzipped for
// the whole file), and MapLibre's worker decodes compact tiles instead of parsing one large GeoJSON text.
// Beyond the deepest zoom MapLibre overzooms (countries.geojson itself is simplified for zoom 5).
//
// Every tile of every zoom is written, the empty ones (open sea) as empty files: a missing tile is
// a 404, which the browser logs as an error and MapLibre reports as a failed load.
import type { FeatureCollection, MultiPolygon } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';

import { TILE_LAYER, TILE_MAX_ZOOM } from '../../src/map/boundary-tiles.ts';

/**
 * Tile units per tile edge. A tile of zoom z is drawn from zoom z (512 px) until the tiles of z+1
 * take over at zoom z+1 (1024 px), so 2048 units are at worst 2 per pixel: coordinates rounded to
 * them move a border by at most 0.25 px. The deepest zoom keeps 4096: MapLibre overzooms it up to
 * the map's maxZoom (create-map.ts), two zooms further.
 */
export const EXTENT = 2048;
export const DEEPEST_EXTENT = 4096;
/**
 * Douglas-Peucker tolerance of geojson-vt, in tile units: 1 of 2048 is 0.25 px at the tile's zoom.
 * geojson-vt ranks each point once for all zooms, which can leave a point up to about twice the
 * tolerance off (vector-tiles.test.ts): half a pixel at the tile's zoom, a pixel just before the
 * next zoom's tiles take over, the precision countries.geojson itself is simplified to one zoom
 * past zoom 5 (scripts/geo/pipeline.ts). A ring under the tolerance across is left out of that
 * zoom's tiles: a few islands and microstates under a quarter pixel at zooms 0 to 2 (the dataset's
 * small countries are drawn as dots, map-style.ts). geojson-vt does not simplify the deepest zoom,
 * whose shapes are countries.geojson's own.
 */
const TOLERANCE = 1;
/**
 * Geometry kept past each tile's edge, in tile units (4 px at the tile's own zoom, 8 px just before
 * the next zoom's tiles take over): the fill's 1 px outline runs along a clipped polygon's cut edge,
 * and the buffer keeps that edge outside the part of the tile that is drawn.
 */
const BUFFER = 16;

export interface VectorTile {
  z: number;
  x: number;
  y: number;
  /** The encoded tile; empty for a tile with no country in it. */
  data: Uint8Array;
}

type Countries = FeatureCollection<MultiPolygon, { iso3: string; name: string }>;

function tileIndex(countries: Countries, maxZoom: number, extent: number) {
  return new GeoJSONVT(countries, {
    maxZoom,
    indexMaxZoom: maxZoom,
    indexMaxPoints: 0,
    tolerance: (TOLERANCE * extent) / EXTENT,
    extent,
    buffer: (BUFFER * extent) / EXTENT,
  });
}

export function cutVectorTiles(countries: Countries, maxZoom = TILE_MAX_ZOOM): VectorTile[] {
  // Two cuts: the shallow zooms at EXTENT, the deepest at DEEPEST_EXTENT. The shallow index's
  // maxZoom is still the deepest zoom, because geojson-vt leaves its own maxZoom unsimplified.
  const shallow = tileIndex(countries, maxZoom, EXTENT);
  const deepest = tileIndex(countries, maxZoom, DEEPEST_EXTENT);
  const tiles: VectorTile[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    const [index, extent] = z === maxZoom ? [deepest, DEEPEST_EXTENT] : [shallow, EXTENT];
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const tile = index.getTile(z, x, y);
        const data =
          tile && tile.features.length > 0
            ? vtpbf.fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent })
            : new Uint8Array(0);
        tiles.push({ z, x, y, data });
      }
    }
  }
  return tiles;
}
