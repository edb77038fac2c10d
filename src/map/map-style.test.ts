import { describe, expect, it } from 'vitest';

import { buildIndex } from '../data/indexes';
import { fixtureCoalition, fixtureSources } from '../data/test-fixture';
import {
  blendOver,
  buildMapStyle,
  DIFFERS_DASH,
  fillColorExpression,
  LAYER_DIFFERS,
  LAYER_FILL,
  NO_DATA_COLOR,
  STANCE_COLORS,
  UKRAINE_COLOR,
} from './map-style';

const index = buildIndex(fixtureCoalition, fixtureSources);

describe('blendOver', () => {
  it('mixes two colours channel by channel', () => {
    expect(blendOver('#ffffff', '#000000', 0.5)).toBe('#808080');
    expect(blendOver('#0072b2', '#d6d3cc', 1)).toBe('#0072b2');
    expect(blendOver('#0072b2', '#d6d3cc', 0)).toBe('#d6d3cc');
  });
});

describe('fillColorExpression', () => {
  const expr = fillColorExpression(index.countries, 'UKR') as unknown[];
  const byState = expr[4] as unknown[];
  const curated = byState.at(-1) as unknown[];
  it('colours the supported country first', () => {
    expect(expr.slice(0, 4)).toEqual(['match', ['get', 'iso3'], 'UKR', UKRAINE_COLOR]);
  });
  it('colours by the stance in feature state (the timeline), grey before the first claim', () => {
    expect(byState.slice(0, 2)).toEqual(['match', ['feature-state', 'stance']]);
    expect(byState[byState.indexOf('troops') + 1]).toBe(STANCE_COLORS.troops);
    expect(byState[byState.indexOf('none') + 1]).toBe(NO_DATA_COLOR);
  });
  it('falls back to the curated stance before the first sync, and grey for other countries', () => {
    expect(curated[curated.indexOf('GBR') + 1]).toBe(STANCE_COLORS.troops);
    expect(curated[curated.indexOf('ITA') + 1]).toBe(STANCE_COLORS['other-support']);
    expect(curated.at(-1)).toBe(NO_DATA_COLOR);
  });
});

describe('buildMapStyle', () => {
  it('has no external source, glyphs or sprite', () => {
    const style = buildMapStyle(index.countries, 'UKR');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:/);
  });
  it('keys countries by iso3 and dims through feature-state opacity', () => {
    const style = buildMapStyle(index.countries, 'UKR');
    expect(style.sources.countries).toMatchObject({ type: 'geojson', promoteId: 'iso3' });
    const fill = style.layers.find((l) => l.id === LAYER_FILL);
    expect(JSON.stringify(fill)).toContain('"feature-state","dim"');
  });
  it('marks countries whose sources differ with a dashed outline, through feature state', () => {
    const style = buildMapStyle(index.countries, 'UKR');
    const differs = style.layers.find((l) => l.id === LAYER_DIFFERS);
    expect(differs).toMatchObject({ type: 'line', paint: { 'line-dasharray': DIFFERS_DASH } });
    expect(JSON.stringify(differs)).toContain('"feature-state","differs"');
  });
});
