import {
  createPropertyExpression,
  latest,
  type StylePropertySpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import type { LineLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { snapshotAt } from '../data/snapshot';
import { summaryIndexOf } from '../data/summary';
import { DARK_PALETTE, LIGHT_PALETTE } from '../theme/palette';
import { TILE_LAYER, TILE_MAX_ZOOM, TILES_PATH } from './boundary-tiles';
import { firstViewCountries } from './first-view-countries';
import {
  BORDER_COLOR,
  blendOver,
  buildMapStyle,
  type CountryFeatureState,
  DIFFERS_DASH,
  DIMMED_OPACITY,
  fillColorExpression,
  LAYER_DIFFERS,
  LAYER_FILL,
  LAYER_HIGHLIGHT,
  LAYER_SMALL,
  type MapSources,
  NO_DATA_COLOR,
  SOURCE_OUTLINED,
  STANCE_COLORS,
  UKRAINE_COLOR,
  withoutOutline,
} from './map-style';

const index = summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources));
const first = firstViewCountries(index);

describe('blendOver', () => {
  it('mixes two colours channel by channel', () => {
    expect(blendOver('#ffffff', '#000000', 0.5)).toBe('#808080');
    expect(blendOver('#0072b2', '#d6d3cc', 1)).toBe('#0072b2');
    expect(blendOver('#0072b2', '#d6d3cc', 0)).toBe('#d6d3cc');
  });
});

describe('fillColorExpression', () => {
  const expr = fillColorExpression(index.countries, 'UKR') as unknown[];
  const [, , dimmed, byState] = expr[4] as [unknown, unknown, unknown[], unknown[]];
  const curated = byState.at(-1) as unknown[];
  it('colours the supported country first', () => {
    expect(expr.slice(0, 4)).toEqual(['match', ['get', 'iso3'], 'UKR', UKRAINE_COLOR]);
  });
  it('colours by the stance in feature state (the timeline), grey before the first claim', () => {
    expect(byState.slice(0, 2)).toEqual(['match', ['feature-state', 'stance']]);
    expect(byState[byState.indexOf('troops') + 1]).toBe(STANCE_COLORS.troops);
    expect(byState[byState.indexOf('none') + 1]).toBe(NO_DATA_COLOR);
  });
  it('blends a dimmed country into land grey, so it never reads as another stance', () => {
    expect((expr[4] as unknown[]).slice(0, 2)).toEqual([
      'case',
      ['boolean', ['feature-state', 'dim'], false],
    ]);
    expect(dimmed[dimmed.indexOf('troops') + 1]).toBe(
      blendOver(STANCE_COLORS.troops, NO_DATA_COLOR, DIMMED_OPACITY),
    );
    expect(dimmed.at(-1)).toBe(NO_DATA_COLOR);
  });
  it('falls back to the curated stance before the first sync, and grey for other countries', () => {
    expect(curated[curated.indexOf('GBR') + 1]).toBe(STANCE_COLORS.troops);
    expect(curated[curated.indexOf('ITA') + 1]).toBe(STANCE_COLORS['other-support']);
    expect(curated.at(-1)).toBe(NO_DATA_COLOR);
  });
});

describe('buildMapStyle', () => {
  // The map is created with validateStyle: false (create-map.ts): this is where it is checked.
  it('builds a style the style spec accepts, in both themes, with and without the outline', () => {
    const data: MapSources = {
      countries: 'https://example.test/generated/tiles/{z}/{x}/{y}.pbf',
      smallPoints: { type: 'FeatureCollection', features: [] },
    };
    for (const palette of [LIGHT_PALETTE, DARK_PALETTE]) {
      const style = buildMapStyle(first, 'UKR', palette, data);
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      expect(validateStyleMin(withoutOutline(style)).map((e) => e.message)).toEqual([]);
    }
    const broken = buildMapStyle(first, 'UKR', LIGHT_PALETTE, data);
    (broken.layers[0] as { paint: Record<string, unknown> }).paint['fill-color'] = ['feature-state'];
    expect(validateStyleMin(broken)).not.toEqual([]);
  });
  it('has no external source, glyphs or sprite', () => {
    const style = buildMapStyle(first, 'UKR');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:/);
  });
  it('draws the boundaries from the static vector tiles, keyed by iso3, and dims through feature state', () => {
    const style = buildMapStyle(first, 'UKR');
    expect(style.sources.countries).toMatchObject({
      type: 'vector',
      tiles: [TILES_PATH],
      maxzoom: TILE_MAX_ZOOM,
      promoteId: { [TILE_LAYER]: 'iso3' },
    });
    for (const layer of style.layers.filter((l) => l.id !== LAYER_SMALL))
      expect(layer).toMatchObject({ 'source-layer': TILE_LAYER });
    const fill = style.layers.find((l) => l.id === LAYER_FILL);
    expect(JSON.stringify(fill)).toContain('"feature-state","dim"');
  });
  it('draws few layers: no sea (the frame shows through), borders as the fill outline', () => {
    const style = buildMapStyle(first, 'UKR');
    expect(style.layers.map((l) => l.type)).toEqual(['fill', 'line', 'line', 'circle']);
    const fill = style.layers.find((l) => l.id === LAYER_FILL);
    expect(fill).toMatchObject({ paint: { 'fill-outline-color': BORDER_COLOR } });
  });
  it('lays out outlines only for the countries that can be outlined: the dataset ones and Ukraine', () => {
    const style = buildMapStyle(first, 'UKR');
    const iso3s = [...index.countries.map((c) => c.iso3), 'UKR'];
    const layer = style.layers.find((l) => l.id === LAYER_HIGHLIGHT);
    expect(layer).toMatchObject({
      source: SOURCE_OUTLINED,
      filter: ['in', ['get', 'iso3'], ['literal', iso3s]],
    });
  });
  it('lays out dashes only for the countries whose sources differ on some report date', () => {
    const mayDiffer = index.countries
      .filter((c) => index.dates.some((date) => snapshotAt(index, date).differs.has(c.iso3)))
      .map((c) => c.iso3);
    expect(mayDiffer.length).toBeGreaterThan(0);
    expect(mayDiffer.length).toBeLessThan(index.countries.length);
    const layer = buildMapStyle(first, 'UKR').layers.find((l) => l.id === LAYER_DIFFERS);
    expect(layer).toMatchObject({ filter: ['in', ['get', 'iso3'], ['literal', mayDiffer]] });
  });
  it('marks countries whose sources differ with a dashed outline, through feature state', () => {
    const style = buildMapStyle(first, 'UKR');
    const differs = style.layers.find((l) => l.id === LAYER_DIFFERS);
    expect(differs).toMatchObject({ type: 'line', paint: { 'line-dasharray': DIFFERS_DASH } });
    expect(JSON.stringify(differs)).toContain('"feature-state","differs"');
  });
  it("draws the first view's dashed outlines until the feature state says otherwise, never when dimmed", () => {
    const marked = first.filter((c) => c.differs).map((c) => c.iso3);
    expect(marked.length).toBeGreaterThan(0);
    const layer = buildMapStyle(first, 'UKR').layers.find((l) => l.id === LAYER_DIFFERS);
    const opacity = createPropertyExpression(
      (layer as LineLayerSpecification).paint?.['line-opacity'],
      'layers[1].paint.line-opacity',
      latest.paint_line['line-opacity'] as StylePropertySpecification,
    );
    if (opacity.result !== 'success') throw new Error(JSON.stringify(opacity.value));
    const drawn = (iso3: string, state: CountryFeatureState) =>
      opacity.value.evaluate({ zoom: 2 }, { type: 'Polygon', properties: { iso3 } }, state);
    for (const { iso3, differs } of first) {
      expect(drawn(iso3, {}), `${iso3} before the sync`).toBe(differs ? 1 : 0);
      expect(drawn(iso3, { differs: !differs }), `${iso3} synced`).toBe(differs ? 0 : 1);
      expect(drawn(iso3, { differs: true, dim: true }), `${iso3} dimmed`).toBe(0);
    }
  });
});
