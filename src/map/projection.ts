// Web Mercator helpers shared by the boundary build (scripts/geo) and the static SVG map, so the SVG
// and the WebGL map place every country on the same pixel. Pure functions, no DOM, no MapLibre.

/** MapLibre's world is 512 px wide at zoom 0; world-paths.json uses zoom 1 (1024 px). */
export const TILE_SIZE = 512;
export const STATIC_WORLD_SIZE = 1024;
/** MapLibre clamps latitudes to this value (transform MAX_VALID_LATITUDE). */
export const MAX_MERCATOR_LATITUDE = 85.051129;

export type LngLat = readonly [lng: number, lat: number];
export type Point = [x: number, y: number];
export type LngLatBoundsLike = readonly [sw: LngLat, ne: LngLat];
export type Padding = number | { top: number; right: number; bottom: number; left: number };
export type ViewBox = { x: number; y: number; width: number; height: number };
export type FitOptions = {
  /** Width of the world the view box is measured in (world-paths.json's worldSize). */
  worldSize?: number;
  /** fitBounds' maxZoom: never zoom in further than this MapLibre zoom level. */
  maxZoom?: number;
};

const clampLat = (lat: number): number =>
  Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));

/** Longitude/latitude (degrees) to pixels in a world `worldSize` px wide; y grows southwards. */
export function lngLatToMercator(lng: number, lat: number, worldSize = STATIC_WORLD_SIZE): Point {
  const phi = (clampLat(lat) * Math.PI) / 180;
  const x = ((lng + 180) / 360) * worldSize;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * worldSize;
  return [x, y];
}

/** Inverse of lngLatToMercator. */
export function mercatorToLngLat(x: number, y: number, worldSize = STATIC_WORLD_SIZE): [number, number] {
  const lng = (x / worldSize) * 360 - 180;
  const n = Math.PI * (1 - (2 * y) / worldSize);
  const lat = (Math.atan(Math.sinh(n)) * 180) / Math.PI;
  return [lng, lat];
}

function paddingSides(padding: Padding) {
  return typeof padding === 'number'
    ? { top: padding, right: padding, bottom: padding, left: padding }
    : padding;
}

/**
 * The region of the world (in `worldSize` px) that MapLibre shows after `fitBounds(bounds, {padding})`
 * on a `width` x `height` canvas (bearing 0, no map padding, no zoomSnap), as an SVG viewBox of the same aspect ratio.
 * Mirrors maplibre-gl's Camera#cameraForBounds: scale = min of the padded width and height ratios,
 * centre = bounds centre shifted by half the padding difference (so bounds sit mid-padding).
 * When the canvas is unknown (0) or the padding leaves no room (MapLibre gives up there too), the
 * bounds themselves are returned, which `preserveAspectRatio="xMidYMid meet"` centres.
 */
export function mercatorBoundsViewBox(
  bounds: LngLatBoundsLike,
  padding: Padding,
  width: number,
  height: number,
  { worldSize = STATIC_WORLD_SIZE, maxZoom = Number.POSITIVE_INFINITY }: FitOptions = {},
): ViewBox {
  const [sw, ne] = bounds;
  // LngLatBounds#adjustAntiMeridian: a west edge east of the east edge means the box crosses 180.
  const east = sw[0] > ne[0] ? ne[0] + 360 : ne[0];
  const [x0, y0] = lngLatToMercator(sw[0], sw[1], worldSize);
  const [x1, y1] = lngLatToMercator(east, ne[1], worldSize);
  const minX = Math.min(x0, x1);
  const minY = Math.min(y0, y1);
  const boxWidth = Math.abs(x1 - x0);
  const boxHeight = Math.abs(y1 - y0);
  const fallback = { x: minX, y: minY, width: boxWidth, height: boxHeight };
  const pad = paddingSides(padding);
  const roomX = width - pad.left - pad.right;
  const roomY = height - pad.top - pad.bottom;
  if (roomX <= 0 || roomY <= 0 || boxWidth <= 0 || boxHeight <= 0) return fallback;
  // Screen pixels per world pixel, the same for both axes; MapLibre's zoom z is 512 * 2^z px.
  const scale = Math.min(roomX / boxWidth, roomY / boxHeight, (TILE_SIZE * 2 ** maxZoom) / worldSize);
  const centreX = minX + boxWidth / 2 - (pad.left - pad.right) / 2 / scale;
  const centreY = minY + boxHeight / 2 - (pad.top - pad.bottom) / 2 / scale;
  const viewWidth = width / scale;
  const viewHeight = height / scale;
  return { x: centreX - viewWidth / 2, y: centreY - viewHeight / 2, width: viewWidth, height: viewHeight };
}

/** "x y w h" for the SVG viewBox attribute, rounded enough to be stable across renders. */
export function viewBoxAttribute(box: ViewBox): string {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return `${r(box.x)} ${r(box.y)} ${r(box.width)} ${r(box.height)}`;
}
