// Every colour and layer of the WebGL map, in one place. The style has no external source: no
// tile server, no glyphs, no sprite; countries come from the app's own static vector tiles
// (generated/tiles/{z}/{x}/{y}.pbf, cut at build by scripts/geo/vector-tiles.ts, fetched by
// MapLibre's worker as the view needs them) and are keyed by iso3 (promoteId) so the view is
// restyled through feature-state, never by re-sending data.
//
// Few layers, on purpose: every layer costs the worker a pass over the world's geometry and the GPU
// a shader program, and on a machine without a GPU (software WebGL) that is most of the time to the
// first full frame. So the sea is the map frame's CSS ground (the canvas is transparent there), the
// country borders are the fill's own outline, a dimmed country's colour is blended in the
// expression rather than drawn over an underlay, and the two outline layers only hold the
// countries they can ever outline (the dataset's; for the dashes, those whose sources differ on
// some date). The hover and selection outline, which draws nothing until the reader points at or
// picks a country, has a source of its own (the same tiles, from the HTTP cache), so it can join
// the map after the first view is drawn (outline-layer.ts) without the countries' tiles being laid
// out again.
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

import type { Country, Stance } from '../data/schema';
import { STANCES } from '../data/stances';
import { fillColor } from '../theme/fill';
import { LIGHT_PALETTE, type Palette } from '../theme/palette';
import { TILE_LAYER, TILE_MAX_ZOOM, TILES_PATH } from './boundary-tiles';
import type { FirstViewCountry } from './first-view-countries';

/**
 * The light theme's colours under their old names (tests and the page's default). The values,
 * and the dark theme's, live in src/theme/palette.ts; the map is restyled with the other variant
 * in place (src/theme/map-theme.ts) when the theme changes.
 */
export const STANCE_COLORS: Record<Stance, string> = LIGHT_PALETTE.stances;
export const UKRAINE_COLOR = LIGHT_PALETTE.supported;
export const NO_DATA_COLOR = LIGHT_PALETTE.noData;
export const SEA_COLOR = LIGHT_PALETTE.sea;
export const BORDER_COLOR = LIGHT_PALETTE.border;
export const SELECTED_COLOR = LIGHT_PALETTE.selected;
export const HOVER_COLOR = LIGHT_PALETTE.hover;

/**
 * How much of its colour a country the stance filter hides keeps. The rest is land grey, so a
 * dimmed country turns greyish instead of blending with the sea into another stance's colour (a
 * faded "troops" blue over the sea would read as "peacekeeping" sky blue). Blended in the
 * expression (blendOver), so no underlay layer is drawn.
 */
export const DIMMED_OPACITY = 0.15;

/** `color` at `opacity` over `under` (both #rrggbb): what the map shows for a dimmed country. */
export function blendOver(color: string, under: string, opacity: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) =>
    Math.round(channel(color, i) * opacity + channel(under, i) * (1 - opacity)),
  );
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export const SOURCE_COUNTRIES = 'countries';
export const SOURCE_POINTS = 'small-country-points';
/** The dataset's countries only, from the same boundary file: what the hover/selection outline draws. */
export const SOURCE_OUTLINED = 'outlined-countries';
export const LAYER_FILL = 'country-fill';
export const LAYER_HIGHLIGHT = 'country-highlight';
/** Dashed outline of a country whose sources differ (feature-state `differs`). */
export const LAYER_DIFFERS = 'country-sources-differ';
export const LAYER_SMALL = 'small-country-dots';

/** Layers a pointer can pick a country from, most specific first. */
export const PICKABLE_LAYERS = [LAYER_SMALL, LAYER_FILL] as const;

/** The feature-state keys sync-map.ts writes. */
export interface CountryFeatureState {
  dim?: boolean;
  hover?: boolean;
  selected?: boolean;
  /** The stance on the timeline's date; 'none' before the country's first claim. */
  stance?: Stance | 'none';
  /** The sources disagree about the country by the timeline's date. */
  differs?: boolean;
}

/** The dash of the "sources differ" outline, in line widths (the legend's swatch mirrors it). */
export const DIFFERS_DASH = [2, 1.5];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const isDimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false];

/**
 * The supported country's colour, else the colour of the stance in feature-state `stance` (the
 * timeline's date, written by sync-map.ts; 'none' before a country's first claim), else, before
 * the first sync, the curated stance (the latest), built once from the dataset. Countries the
 * dataset does not have take the no-data grey. A country the filter dims (feature-state `dim`,
 * only ever set on a country with a stance) takes its stance's colour blended into land grey.
 */
export function fillColorExpression(
  countries: readonly Pick<Country, 'iso3' | 'stance'>[],
  supports: string,
  palette: Palette = LIGHT_PALETTE,
) {
  const noData = fillColor('no-data', palette);
  const curated = [
    'match',
    ['get', 'iso3'],
    ...countries.flatMap((c) => [c.iso3, fillColor(c.stance, palette)]),
    noData,
  ];
  const byState = (colour: (stance: Stance) => string, fallback: unknown) => [
    'match',
    ['feature-state', 'stance'],
    ...STANCES.flatMap((s) => [s, colour(s)]),
    'none',
    noData,
    fallback,
  ];
  const shown = byState((s) => fillColor(s, palette), countries.length > 0 ? curated : noData);
  const dimmed = byState((s) => blendOver(fillColor(s, palette), noData, DIMMED_OPACITY), noData);
  return [
    'match',
    ['get', 'iso3'],
    supports,
    fillColor('supported', palette),
    ['case', isDimmed, dimmed, shown],
  ] as unknown as ExpressionSpecification;
}

/** What the sources draw: the boundaries' tile URL template (absolute: the worker resolves it). */
export interface MapSources {
  countries: string;
  smallPoints: FeatureCollection;
}

/** The boundaries' vector source: features keyed by iso3 within the tiles' one layer. */
function tileSource(tiles: string): SourceSpecification {
  return {
    type: 'vector',
    tiles: [tiles],
    minzoom: 0,
    maxzoom: TILE_MAX_ZOOM,
    promoteId: { [TILE_LAYER]: 'iso3' },
  };
}

/**
 * The style of the map's first view (first-view-countries.ts: curated stances, and the dashed
 * outlines of the last report date until sync-map.ts writes the feature state).
 */
export function buildMapStyle(
  countries: readonly FirstViewCountry[],
  supports: string,
  palette: Palette = LIGHT_PALETTE,
  data: MapSources = { countries: TILES_PATH, smallPoints: EMPTY },
): StyleSpecification {
  const fillColor = fillColorExpression(countries, supports, palette);
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  // Only a dataset country or the supported one can be selected or outlined on hover (the others
  // show the tooltip, no outline and no pointer cursor: they have nothing to open), and only one
  // whose sources differ on some date can be dashed. MapLibre lays out, redraws and (on every
  // filter change) updates the lines of these countries only, not of every country on the map.
  const opens = [...countries.map((c) => c.iso3), supports];
  const outlined: FilterSpecification = ['in', ['get', 'iso3'], ['literal', opens]];
  const mayDiffer = countries.filter((c) => c.differsOnSomeDate).map((c) => c.iso3);
  const firstDiffers = countries.filter((c) => c.differs).map((c) => c.iso3);
  const differs: ExpressionSpecification = [
    'boolean',
    ['feature-state', 'differs'],
    ['in', ['get', 'iso3'], ['literal', firstDiffers]],
  ];
  return {
    version: 8,
    sources: {
      [SOURCE_COUNTRIES]: tileSource(data.countries),
      [SOURCE_POINTS]: { type: 'geojson', data: data.smallPoints, promoteId: 'iso3' },
      [SOURCE_OUTLINED]: tileSource(data.countries),
    },
    layers: [
      {
        // The borders are the fill's antialiasing outline (1 px), not a line layer of their own.
        id: LAYER_FILL,
        type: 'fill',
        source: SOURCE_COUNTRIES,
        'source-layer': TILE_LAYER,
        paint: { 'fill-color': fillColor, 'fill-outline-color': palette.border },
      },
      {
        // Not colour alone: a country whose sources differ gets a dashed outline (the legend says
        // so), hidden while the filter dims it.
        id: LAYER_DIFFERS,
        type: 'line',
        source: SOURCE_COUNTRIES,
        'source-layer': TILE_LAYER,
        filter: ['in', ['get', 'iso3'], ['literal', mayDiffer]],
        paint: {
          'line-color': palette.selected,
          'line-width': 1.6,
          'line-dasharray': DIFFERS_DASH,
          'line-opacity': ['case', ['all', differs, ['!', isDimmed]], 1, 0],
        },
      },
      {
        id: LAYER_HIGHLIGHT,
        type: 'line',
        source: SOURCE_OUTLINED,
        'source-layer': TILE_LAYER,
        filter: outlined,
        paint: {
          'line-color': ['case', selected, palette.selected, palette.hover],
          'line-width': ['case', selected, 2.5, hovered, 1.6, 0],
        },
      },
      {
        // Countries too small to see or hit at world zoom get a dot at their interior point.
        id: LAYER_SMALL,
        type: 'circle',
        source: SOURCE_POINTS,
        paint: {
          'circle-color': fillColor,
          'circle-radius': 5,
          'circle-stroke-color': ['case', selected, palette.selected, palette.border],
          'circle-stroke-width': ['case', ['any', selected, hovered], 2, 1],
        },
      },
    ],
  };
}

/**
 * `style` without the hover/selection outline (its layer and source): the first frame of a view
 * that selects nothing, which outline-layer.ts completes once it is drawn.
 */
export function withoutOutline(style: StyleSpecification): StyleSpecification {
  const { [SOURCE_OUTLINED]: _outlined, ...sources } = style.sources;
  return { ...style, sources, layers: style.layers.filter((layer) => layer.id !== LAYER_HIGHLIGHT) };
}
