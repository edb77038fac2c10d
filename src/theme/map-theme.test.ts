import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { summaryIndexOf } from '../data/summary';
import { firstViewCountries } from '../map/first-view-countries';
import { buildMapStyle } from '../map/map-style';
import { applyColours, colourPaint, type PaintableMap } from './map-theme';
import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from './palette';

const index = summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources));
const styleFor = (palette: Palette) => buildMapStyle(firstViewCountries(index), 'UKR', palette);

/** A map holding the paint of a style, counting the setPaintProperty calls. */
function fakeMap(style: StyleSpecification) {
  const paint = new Map(colourPaint(style).map((p) => [`${p.layer}/${p.property}`, p.value]));
  const map = {
    calls: 0,
    getLayer: (id: string) => (style.layers.some((l) => l.id === id) ? {} : undefined),
    getPaintProperty: (layer: string, property: string) => paint.get(`${layer}/${property}`),
    setPaintProperty: (layer: string, property: string, value: unknown) => {
      map.calls++;
      paint.set(`${layer}/${property}`, value);
    },
    paint,
  };
  return map;
}

describe('colourPaint', () => {
  it('lists the colour properties of every coloured layer, and no widths or opacities', () => {
    const found = colourPaint(styleFor(LIGHT_PALETTE));
    expect(found).toContainEqual({
      layer: 'country-fill',
      property: 'fill-outline-color',
      value: LIGHT_PALETTE.border,
    });
    expect(found.map((p) => p.property).every((p) => p.endsWith('-color'))).toBe(true);
    expect(new Set(found.map((p) => p.layer))).toEqual(
      new Set(['country-fill', 'country-sources-differ', 'country-highlight', 'small-country-dots']),
    );
  });
});

describe('applyColours', () => {
  it('repaints a light map in the dark colours, touching only what differs', () => {
    const map = fakeMap(styleFor(LIGHT_PALETTE));
    applyColours(map as unknown as PaintableMap, styleFor(DARK_PALETTE));
    expect(map.paint.get('country-fill/fill-outline-color')).toBe(DARK_PALETTE.border);
    expect(JSON.stringify(map.paint.get('country-fill/fill-color'))).toContain(DARK_PALETTE.stances.unstated);
    expect(JSON.stringify([...map.paint.values()])).not.toContain(LIGHT_PALETTE.noData);
    const calls = map.calls;
    applyColours(map as unknown as PaintableMap, styleFor(DARK_PALETTE));
    expect(map.calls).toBe(calls);
  });
});

describe('bindMapTheme', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('document', { documentElement: { dataset: {}, style: { setProperty: () => {} } } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('paints the current theme at once and follows changes until unbound', async () => {
    let dark = true;
    let onChange = () => {};
    vi.stubGlobal('matchMedia', () => ({
      get matches() {
        return dark;
      },
      addEventListener: (_: string, l: () => void) => {
        onChange = l;
      },
      removeEventListener: () => {},
    }));
    const theme = await import('./theme');
    const { bindMapTheme } = await import('./map-theme');
    theme.startTheme(null);
    const map = fakeMap(styleFor(LIGHT_PALETTE));
    const unbind = bindMapTheme(map as unknown as PaintableMap, styleFor);
    expect(map.paint.get('country-fill/fill-outline-color')).toBe(DARK_PALETTE.border);
    dark = false;
    onChange();
    expect(map.paint.get('country-fill/fill-outline-color')).toBe(LIGHT_PALETTE.border);
    unbind();
    dark = true;
    onChange();
    expect(map.paint.get('country-fill/fill-outline-color')).toBe(LIGHT_PALETTE.border);
  });
});
