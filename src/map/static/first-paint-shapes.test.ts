// The first paint draws the land no source names as one shape and only the countries it can colour
// one by one, so a picture the page holds can draw the map on every date of the timeline. Checked
// against the build's own outlines (virtual:first-paint-paths) and the dataset: were some country
// that a date colours merged into the grey shape, the picture could not draw it, and this fails.
import { firstPaintPaths } from 'virtual:first-paint-paths';
import { firstView } from 'virtual:first-view';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';

import { summary as dataset } from '../../data/dataset';
import { snapshotAt } from '../../data/snapshot';
import { appStore } from '../../store/store';
import { FirstPaintMap } from './FirstPaintMap';
import { provideOutlines } from './first-paint-paths';
import { fillGroupOn, ownOutlineCountries } from './first-paint-shapes';

const supports = dataset.coalition.supports;
const own = new Map(firstPaintPaths.countries.map((c) => [c.iso3, c.d]));
/** Every day the timeline can show: each report date, the latest (null), and a day before any. */
const days = [null, ...dataset.dates, '2000-01-01'];

describe('fillGroupOn', () => {
  it('is the supported country, a stance on the date, or no data', () => {
    const latest = snapshotAt(dataset, null);
    expect(fillGroupOn(latest, supports, supports)).toBe('supported');
    expect(fillGroupOn(latest, supports, 'FRA')).toBe(latest.countryByIso3.get('FRA')?.stance);
    expect(fillGroupOn(latest, supports, 'BRA')).toBe('no-data');
  });
});

describe("the first paint's outlines", () => {
  it('are their own for the supported country and each dataset country, and nothing else', () => {
    expect(new Set(own.keys())).toEqual(ownOutlineCountries(dataset.coalition));
    expect(firstPaintPaths.countries).toHaveLength(firstView.paths.count);
  });

  it.each(days)('on %s, hold its own outline for every country the picture colours', (day) => {
    const snapshot = snapshotAt(dataset, day);
    const coloured = [supports, ...snapshot.countries.map((c) => c.iso3)];
    for (const iso3 of coloured) {
      expect(fillGroupOn(snapshot, supports, iso3), iso3).not.toBe('no-data');
      expect(own.get(iso3), `${iso3} on ${day ?? 'the latest date'}`).toBeDefined();
    }
  });

  it('keep the own outline of a country that is grey on an earlier date (the timeline colours it later)', () => {
    const [first] = dataset.dates;
    const later = dataset.countries.filter(
      (c) => snapshotAt(dataset, first ?? null).countryByIso3.get(c.iso3) === undefined,
    );
    // The dataset has countries first reported after its first date (e.g. on 10 April 2025).
    expect(later.length).toBeGreaterThan(0);
    for (const { iso3 } of later) {
      expect(fillGroupOn(snapshotAt(dataset, first ?? null), supports, iso3)).toBe('no-data');
      expect(own.get(iso3), iso3).toBeDefined();
    }
  });

  it('draw every other country in the one grey shape, which holds none of the own outlines', () => {
    expect(firstPaintPaths.noData).toMatch(/^M/);
    // Each outline is one or more closed subpaths; the shape is theirs, each starting anew.
    expect(firstPaintPaths.noData).toMatch(/z$/);
    for (const [iso3, d] of own) expect(firstPaintPaths.noData.includes(d), iso3).toBe(false);
    // Brazil, China and India: no source names them.
    for (const iso3 of ['BRA', 'CHN', 'IND']) expect(own.has(iso3), iso3).toBe(false);
  });
});

describe('the first paint on a date', () => {
  afterEach(() => appStore.getState().setAsOf(null));

  /** The picture's markup on `day`: each own path's class by its country, and the grey shapes. */
  function pictureOn(day: string | null) {
    provideOutlines(firstPaintPaths);
    appStore.getState().setAsOf(day);
    const html = renderToStaticMarkup(createElement(FirstPaintMap, { label: 'Map' }));
    const classes = new Map(
      [...html.matchAll(/data-iso3="([A-Z]{3})" class="fill-([\w-]+)"/g)].map(([, iso3 = '', group]) => [
        iso3,
        group,
      ]),
    );
    return { classes, grey: html.match(/<path d="[^"]+" data-no-data="" class="fill-no-data"/g) ?? [] };
  }

  it('draws the grey shape once and each country that can be coloured in its colour of that day', () => {
    const [first] = dataset.dates;
    for (const day of [null, first ?? null]) {
      const { classes, grey } = pictureOn(day);
      expect(grey).toHaveLength(1);
      expect(new Set(classes.keys())).toEqual(new Set(own.keys()));
      const snapshot = snapshotAt(dataset, day);
      for (const [iso3, group] of classes) expect(group, iso3).toBe(fillGroupOn(snapshot, supports, iso3));
    }
    // Germany, first named in April, is grey in March: its own path, not part of the shape.
    expect(pictureOn(first ?? null).classes.get('DEU')).toBe('no-data');
    expect(pictureOn(null).classes.get('DEU')).not.toBe('no-data');
  });
});
