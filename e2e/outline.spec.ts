// The hover and selection outline. It joins the map once the first view is drawn, from a source
// of its own whose layer draws the dataset's countries and Ukraine only, unless the link selects a
// country: then the first drawn frame has it. Read from the screen: the selected outline is the only thing near
// France (in the default frame) drawn in the selection's near-black.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

import { LAYER_HIGHLIGHT, SELECTED_COLOR, SOURCE_OUTLINED } from '../src/map/map-style.ts';
import { dataset } from './fixtures/dataset.ts';
import type { MapPage } from './fixtures/map-page.ts';
import { colourDistance, hexToRgb } from './fixtures/pixels.ts';
import { expect, test } from './fixtures/test.ts';
import type { TestWindow } from './fixtures/test-hooks.ts';

const COUNTRY = 'FRA';
/** Half the side of the square around the country's interior point that is read. */
const REACH = 30;

/** Pixels near the country drawn in the selection's colour. */
async function outlinePixels(page: Page, mapPage: MapPage): Promise<number> {
  const at = await mapPage.countryPoint(COUNTRY);
  const clip = {
    x: Math.round(at.x) - REACH,
    y: Math.round(at.y) - REACH,
    width: 2 * REACH,
    height: 2 * REACH,
  };
  const png = PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
  const selected = hexToRgb(SELECTED_COLOR);
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const rgb = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0] as const;
    if (colourDistance(rgb, selected) <= 40) count++;
  }
  return count;
}

/** What the map has of the outline: its layer, whether its source is loaded, the countries in it. */
function outlineOnMap(page: Page) {
  return page.evaluate(
    ({ layer, source }) => {
      const map = (window as unknown as TestWindow).__map;
      if (!map) throw new Error('window.__map is missing: is the map ready?');
      const loaded = !!map.getSource(source) && map.isSourceLoaded(source);
      // The layer's filter: ['in', ['get', 'iso3'], ['literal', [...codes]]] (map-style.ts).
      const filter = (map.getLayer(layer) ? map.getFilter(layer) : null) as unknown[] | null;
      const codes = (filter?.[2] as unknown[] | undefined)?.[1];
      const iso3s = Array.isArray(codes) ? codes.map(String) : [];
      return { layer: !!map.getLayer(layer), loaded, iso3s: [...new Set(iso3s)].sort() };
    },
    { layer: LAYER_HIGHLIGHT, source: SOURCE_OUTLINED },
  );
}

test.describe('the hover and selection outline', () => {
  test('joins once the map is drawn, with the dataset countries and Ukraine only, and outlines a pick', async ({
    mapPage,
    page,
  }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    const iso3s = [...dataset.countries.map((c) => c.iso3), dataset.coalition.supports].sort();
    await expect.poll(() => outlineOnMap(page)).toEqual({ layer: true, loaded: true, iso3s });
    await mapPage.waitForMapIdle();
    expect(await outlinePixels(page, mapPage)).toBe(0);

    await mapPage.clickCountry(COUNTRY);
    await expect(mapPage.panel.countryName).toHaveText(dataset.countryByIso3.get(COUNTRY)?.name ?? '');
    // Away from the map, so the tooltip (also dark) is gone.
    await page.mouse.move(1, 1);
    await mapPage.waitForMapIdle();
    expect(await outlinePixels(page, mapPage)).toBeGreaterThan(20);
  });

  test('is in the first drawn frame when the link selects a country', async ({ mapPage, page }) => {
    // Whether the outline's source was loaded when the map said it was ready, read at that moment
    // (the observer runs right after the handler that marks the map ready).
    await page.addInitScript((source) => {
      const w = window as unknown as TestWindow & { __outlineAtReady?: boolean };
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid="map"][data-ready="true"]')) return;
        observer.disconnect();
        const map = w.__map;
        w.__outlineAtReady = !!map?.getSource(source) && map.isSourceLoaded(source);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    }, SOURCE_OUTLINED);
    await mapPage.goto(`country=${COUNTRY}`);
    await mapPage.waitForMapReady();
    expect(await page.evaluate(() => (window as { __outlineAtReady?: boolean }).__outlineAtReady)).toBe(true);
    expect(await outlinePixels(page, mapPage)).toBeGreaterThan(20);
  });
});
