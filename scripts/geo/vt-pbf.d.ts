// vt-pbf ships no types; this is the one function the boundary build uses (vector-tiles.ts).
declare module 'vt-pbf' {
  import type { LegacyTile } from 'geojson-vt';

  const vtpbf: {
    /** Encodes geojson-vt tiles, one per layer name, as one Mapbox Vector Tile. */
    fromGeojsonVt(
      layers: Record<string, LegacyTile>,
      options?: { version?: number; extent?: number },
    ): Uint8Array;
  };
  export default vtpbf;
}
