import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { summaryIndexOf } from '../data/summary';
import { createAppStore } from '../store/store';
import { firstViewCountries } from './first-view-countries';
import {
  buildMapStyle,
  LAYER_HIGHLIGHT,
  LAYER_SMALL,
  SOURCE_COUNTRIES,
  SOURCE_OUTLINED,
  withoutOutline,
} from './map-style';
import { addOutline, type OutlineMap } from './outline-layer';

const first = firstViewCountries(summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources)));
const style = buildMapStyle(first, 'UKR', undefined, {
  countries: 'https://example.test/generated/tiles/{z}/{x}/{y}.pbf',
  smallPoints: { type: 'FeatureCollection', features: [] },
});

/** Records what is added and the feature state written, in order. */
function fakeMap() {
  const calls: string[] = [];
  const sources = new Map<string, SourceSpecification>();
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, source: SourceSpecification) => {
      sources.set(id, source);
      calls.push(`source ${id}`);
    },
    addLayer: (layer: LayerSpecification, before?: string) =>
      calls.push(`layer ${layer.id} before ${before}`),
    setFeatureState: ({ source, id }: { source: string; id?: string | number }, state: object) =>
      calls.push(`${source}/${id} ${JSON.stringify(state)}`),
  };
  return { map: map as unknown as OutlineMap, calls, sources };
}

describe('withoutOutline', () => {
  it('leaves out the outline layer and its source, and nothing else', () => {
    const bare = withoutOutline(style);
    expect(bare.layers.map((l) => l.id)).toEqual(
      style.layers.map((l) => l.id).filter((id) => id !== LAYER_HIGHLIGHT),
    );
    expect(Object.keys(bare.sources).sort()).toEqual(
      Object.keys(style.sources)
        .filter((id) => id !== SOURCE_OUTLINED)
        .sort(),
    );
    expect(style.layers.some((l) => l.id === LAYER_HIGHLIGHT)).toBe(true);
  });
  it('the outline reads the same tiles, and draws the dataset countries and Ukraine only', () => {
    expect(style.sources[SOURCE_OUTLINED]).toEqual(style.sources[SOURCE_COUNTRIES]);
    expect(style.layers.find((l) => l.id === LAYER_HIGHLIGHT)).toMatchObject({
      source: SOURCE_OUTLINED,
      filter: ['in', ['get', 'iso3'], ['literal', [...first.map((c) => c.iso3), 'UKR']]],
    });
  });
});

describe('addOutline', () => {
  it('adds the source, then the layer under the dots, then marks the hovered and selected countries', () => {
    const { map, calls } = fakeMap();
    addOutline(map, () => style, createAppStore({ selected: 'GBR' }));
    expect(calls).toEqual([
      `source ${SOURCE_OUTLINED}`,
      `layer ${LAYER_HIGHLIGHT} before ${LAYER_SMALL}`,
      `${SOURCE_OUTLINED}/GBR {"selected":true}`,
    ]);
  });
  it('marks a hovered country too', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    store.getState().hover('ITA');
    addOutline(map, () => style, store);
    expect(calls.at(-1)).toBe(`${SOURCE_OUTLINED}/ITA {"hover":true}`);
  });
  it('adds it once', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    addOutline(map, () => style, store);
    addOutline(map, () => style, store);
    expect(calls.filter((c) => c.startsWith('source'))).toHaveLength(1);
  });
  it('says which style lacks the outline', () => {
    const { map } = fakeMap();
    expect(() => addOutline(map, () => withoutOutline(style), createAppStore())).toThrow(
      /outlined-countries/,
    );
  });
});
