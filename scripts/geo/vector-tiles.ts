// The WebGL map's boundaries as static vector tiles: countries.geojson cut by geojson-vt into the
// tiles of zooms 0 to TILE_MAX_ZOOM (src/map/boundary-tiles.ts) and written as Mapbox Vector Tiles (vt-pbf), one file each under
// public/generated/tiles/{z}/{x}/{y}.pbf. A view then downloads only the tiles it shows, at the
// precision its zoom needs (the world at zoom 2 is 66 KB gzipped, against 394 KB for the whole
// file), and MapLibre's worker decodes compact tiles instead of parsing one large GeoJSON text.
// Beyond the deepest zoom MapLibre overzooms (countries.geojson itself is simplified for zoom 5).
//
// Every tile of every zoom is written, the empty ones (open sea) as empty files: a missing tile is
// a 404, which the browser logs as an error and MapLibre reports as a failed load.
import type { FeatureCollection, MultiPolygon } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';

import { TILE_LAYER, TILE_MAX_ZOOM } from '../../src/map/boundary-tiles.ts';

const EXTENT = 4096;
/**
 * Geometry kept past each tile's edge, in tile units: the fill's 1 px outline runs along a clipped
 * polygon's cut edge, and the buffer keeps that edge outside the part of the tile that is drawn.
 */
const BUFFER = 64;

export interface VectorTile {
  z: number;
  x: number;
  y: number;
  /** The encoded tile; empty for a tile with no country in it. */
  data: Uint8Array;
}

export function cutVectorTiles(
  countries: FeatureCollection<MultiPolygon, { iso3: string; name: string }>,
  maxZoom = TILE_MAX_ZOOM,
): VectorTile[] {
  const index = new GeoJSONVT(countries, {
    maxZoom,
    indexMaxZoom: maxZoom,
    indexMaxPoints: 0,
    // countries.geojson is already simplified for zoom 5; 1 unit of 4096 keeps its shapes.
    tolerance: 1,
    extent: EXTENT,
    buffer: BUFFER,
  });
  const tiles: VectorTile[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const tile = index.getTile(z, x, y);
        const data =
          tile && tile.features.length > 0
            ? vtpbf.fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: EXTENT })
            : new Uint8Array(0);
        tiles.push({ z, x, y, data });
      }
    }
  }
  return tiles;
}
