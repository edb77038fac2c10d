import { describe, expect, it } from 'vitest';

import { buildIndex } from '../data/indexes';
import { fixtureCoalition, fixtureSources } from '../data/test-fixture';
import {
  blendOver,
  buildMapStyle,
  fillColorExpression,
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
  it('colours the supported country, each dataset country by stance, and the rest grey', () => {
    const expr = fillColorExpression(index.countries, 'UKR') as unknown[];
    expect(expr.slice(0, 4)).toEqual(['match', ['get', 'iso3'], 'UKR', UKRAINE_COLOR]);
    expect(expr[expr.indexOf('GBR') + 1]).toBe(STANCE_COLORS.troops);
    expect(expr[expr.indexOf('ITA') + 1]).toBe(STANCE_COLORS['other-support']);
    expect(expr.at(-1)).toBe(NO_DATA_COLOR);
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
});
