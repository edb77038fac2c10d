// The shape of the boundaries' vector tiles, shared by the build that cuts them
// (scripts/geo/vector-tiles.ts) and the style that draws them (map-style.ts).

/** The one layer inside each tile (the style's `source-layer`). */
export const TILE_LAYER = 'countries';
/** The deepest zoom the tiles are cut at (the source's `maxzoom`); MapLibre overzooms past it. */
export const TILE_MAX_ZOOM = 5;
/** Where the tiles are, under the site's base. */
export const TILES_PATH = 'generated/tiles/{z}/{x}/{y}.pbf';
