import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { summaryIndexOf } from '../data/summary';
import { createAppStore } from '../store/store';
import { datasetLookup } from './country-lookup';
import { bindInteraction, type CountryLookup, pickCountry } from './map-interaction';
import { LAYER_SMALL } from './map-style';

const index = summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources));
const lookup = () => datasetLookup(index, createAppStore());

/** A map whose every point is Great Britain. */
function fakeMap() {
  const listeners = new Map<string, (e: MapMouseEvent) => void>();
  const map = {
    on: (type: string, fn: (e: MapMouseEvent) => void) => listeners.set(type, fn),
    off: (type: string) => listeners.delete(type),
    queries: 0,
    queryRenderedFeatures: () => {
      map.queries++;
      return [{ properties: { iso3: 'GBR', name: 'United Kingdom' } }];
    },
    getCanvas: () => ({ style: {} }),
  };
  const at = (x: number, y: number) => ({ point: { x, y } }) as MapMouseEvent;
  const click = (x = 1, y = 1) => listeners.get('click')?.(at(x, y));
  const move = (x = 1, y = 1) => listeners.get('mousemove')?.(at(x, y));
  const fire = (type: string) => listeners.get(type)?.(at(0, 0));
  return { map, fake: map as unknown as MapLibreMap, click, move, fire, listeners };
}

function tooltip() {
  return { children: [{}, {}], hidden: true, style: {} } as unknown as HTMLElement;
}

describe('bindInteraction', () => {
  it('selects the clicked country', () => {
    const { fake, click } = fakeMap();
    const store = createAppStore();
    bindInteraction(fake, store, () => datasetLookup(index, store), tooltip());
    click();
    expect(store.getState().selected).toBe('GBR');
  });
  it('a click where the pointer hovered reuses that pick; a camera move or a resize forgets it', () => {
    const { map, fake, click, move, fire } = fakeMap();
    const store = createAppStore();
    bindInteraction(fake, store, () => datasetLookup(index, store), tooltip());
    move(5, 5);
    expect(store.getState().hovered).toBe('GBR');
    click(5, 5);
    expect(store.getState().selected).toBe('GBR');
    expect(map.queries).toBe(1);
    click(6, 5);
    expect(map.queries).toBe(2);
    fire('move');
    click(6, 5);
    expect(map.queries).toBe(3);
    fire('resize');
    click(6, 5);
    expect(map.queries).toBe(4);
  });
  it('stops listening when unbound', () => {
    const { fake, listeners } = fakeMap();
    const unbind = bindInteraction(fake, createAppStore(), lookup, tooltip());
    expect(listeners.size).toBeGreaterThan(0);
    unbind();
    expect(listeners.size).toBe(0);
  });
  it('asks the lookup on every event and selects through the select it is given', () => {
    const { fake, click, move } = fakeMap();
    const store = createAppStore();
    const selected: (string | null)[] = [];
    let current: CountryLookup = {
      opens: () => false,
      describe: () => ({ name: 'Somewhere', detail: 'Not named in the sources' }),
    };
    const tip = tooltip();
    bindInteraction(fake, store, () => current, tip, { select: (iso3) => selected.push(iso3) });
    move(1, 1);
    expect((tip.children[1] as { textContent?: string }).textContent).toBe('Not named in the sources');
    click(1, 1);
    current = datasetLookup(index, store);
    move(2, 2);
    expect((tip.children[0] as { textContent?: string }).textContent).toBe('United Kingdom');
    click(2, 2);
    expect(selected).toEqual([null, 'GBR']);
    expect(store.getState().selected).toBeNull();
  });
});

/** A map with fixed dots and fills: `fills` answers a point query, `near` a box query of the fill layer. */
function pickingMap(
  dots: { iso3: string; at: [number, number] }[],
  fills: string[],
  near: string[],
  zoom = 2,
) {
  const feature = (iso3: string, at?: [number, number]) => ({
    properties: { iso3, name: iso3 },
    geometry: at ? { type: 'Point', coordinates: at } : { type: 'Polygon', coordinates: [] },
  });
  return {
    queryRenderedFeatures: (where: unknown, options: { layers: string[] }) => {
      if (options.layers[0] === LAYER_SMALL) return dots.map((d) => feature(d.iso3, d.at));
      return (Array.isArray(where) && Array.isArray(where[0]) ? near : fills).map((iso3) => feature(iso3));
    },
    // Dots' lon/lat are their screen position here.
    project: ([x, y]: [number, number]) => ({ x, y }),
    getZoom: () => zoom,
  } as unknown as MapLibreMap;
}

describe('pickCountry', () => {
  it('picks the dot nearest the pointer, not the first one drawn', () => {
    const map = pickingMap(
      [
        { iso3: 'SMR', at: [14, 10] },
        { iso3: 'VAT', at: [11, 10] },
      ],
      [],
      [],
    );
    expect(pickCountry(map, 10, 10)?.iso3).toBe('VAT');
  });

  it('with the tap tolerance, picks a small member near the tap over the big one under it', () => {
    // At zoom 2 a degree is about 5.7 px: the Netherlands (3.5) is about 20 px, Germany 70.
    const map = pickingMap([], ['DEU'], ['DEU', 'NLD']);
    const near = { sizes: { DEU: 12.3, NLD: 3.5 }, opens: () => true };
    expect(pickCountry(map, 10, 10, near)?.iso3).toBe('NLD');
    expect(pickCountry(map, 10, 10)?.iso3).toBe('DEU');
  });
});
