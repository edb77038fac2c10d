// Every colour and layer of the WebGL map, in one place. The style has no external source: no
// tiles, no glyphs, no sprite; countries come from generated/countries.geojson (fetched by
// MapLibre's worker from its URL) and are keyed by iso3 (promoteId) so the view is restyled through
// feature-state, never by re-sending data.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

import type { Country, Stance } from '../data/schema';
import { STANCES } from '../data/stances';
import { LIGHT_PALETTE, type Palette } from '../theme/palette';

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
 * Opacity of a country the stance filter hides. It is drawn over a land-grey underlay, so a dimmed
 * country turns greyish instead of blending with the sea into another stance's colour (a faded
 * "troops" blue over the sea would read as "peacekeeping" sky blue).
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
export const LAYER_UNDERLAY = 'country-underlay';
export const LAYER_FILL = 'country-fill';
export const LAYER_BORDER = 'country-border';
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

/**
 * The supported country's colour, else the colour of the stance in feature-state `stance` (the
 * timeline's date, written by sync-map.ts; 'none' before a country's first claim), else, before
 * the first sync, the curated stance (the latest), built once from the dataset. Countries the
 * dataset does not have take the no-data grey.
 */
export function fillColorExpression(
  countries: readonly Pick<Country, 'iso3' | 'stance'>[],
  supports: string,
  palette: Palette = LIGHT_PALETTE,
) {
  const curated = [
    'match',
    ['get', 'iso3'],
    ...countries.flatMap((c) => [c.iso3, palette.stances[c.stance]]),
    palette.noData,
  ];
  const byState = [
    'match',
    ['feature-state', 'stance'],
    ...STANCES.flatMap((s) => [s, palette.stances[s]]),
    'none',
    palette.noData,
    countries.length > 0 ? curated : palette.noData,
  ];
  return [
    'match',
    ['get', 'iso3'],
    supports,
    palette.supported,
    byState,
  ] as unknown as ExpressionSpecification;
}

const dimmed = (on: number, off: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'dim'], false],
  off,
  on,
];

/** What the two sources draw: the boundaries by URL (MapLibre's worker fetches and parses them). */
export interface MapSources {
  countries: string | FeatureCollection;
  smallPoints: FeatureCollection;
}

export function buildMapStyle(
  countries: readonly Pick<Country, 'iso3' | 'stance'>[],
  supports: string,
  palette: Palette = LIGHT_PALETTE,
  data: MapSources = { countries: EMPTY, smallPoints: EMPTY },
): StyleSpecification {
  const fillColor = fillColorExpression(countries, supports, palette);
  return {
    version: 8,
    sources: {
      [SOURCE_COUNTRIES]: { type: 'geojson', data: data.countries, promoteId: 'iso3' },
      [SOURCE_POINTS]: { type: 'geojson', data: data.smallPoints, promoteId: 'iso3' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      {
        id: LAYER_UNDERLAY,
        type: 'fill',
        source: SOURCE_COUNTRIES,
        paint: { 'fill-color': palette.noData },
      },
      {
        id: LAYER_FILL,
        type: 'fill',
        source: SOURCE_COUNTRIES,
        paint: { 'fill-color': fillColor, 'fill-opacity': dimmed(1, DIMMED_OPACITY) },
      },
      {
        id: LAYER_BORDER,
        type: 'line',
        source: SOURCE_COUNTRIES,
        paint: { 'line-color': palette.border, 'line-width': 0.6 },
      },
      {
        // Not colour alone: a country whose sources differ gets a dashed outline (the legend says
        // so), hidden while the filter dims it.
        id: LAYER_DIFFERS,
        type: 'line',
        source: SOURCE_COUNTRIES,
        paint: {
          'line-color': palette.selected,
          'line-width': 1.6,
          'line-dasharray': DIFFERS_DASH,
          'line-opacity': [
            'case',
            [
              'all',
              ['boolean', ['feature-state', 'differs'], false],
              ['!', ['boolean', ['feature-state', 'dim'], false]],
            ],
            1,
            0,
          ],
        },
      },
      {
        id: LAYER_HIGHLIGHT,
        type: 'line',
        source: SOURCE_COUNTRIES,
        paint: {
          'line-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            palette.selected,
            palette.hover,
          ],
          'line-width': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            2.5,
            ['boolean', ['feature-state', 'hover'], false],
            1.6,
            0,
          ],
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
          'circle-opacity': dimmed(1, DIMMED_OPACITY),
          'circle-stroke-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            palette.selected,
            palette.border,
          ],
          'circle-stroke-width': [
            'case',
            [
              'any',
              ['boolean', ['feature-state', 'selected'], false],
              ['boolean', ['feature-state', 'hover'], false],
            ],
            2,
            1,
          ],
        },
      },
    ],
  };
}
