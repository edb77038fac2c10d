import { describe, expect, it } from 'vitest';

import { choosePick, pxPerDegree, SMALL_ON_SCREEN, type TapCandidate } from './tap-tolerance';

const c = (iso3: string, sizePx: number, under = false, opens = true): TapCandidate => ({
  iso3,
  name: iso3,
  sizePx,
  under,
  opens,
});
const BIG = 200;
const SMALL = SMALL_ON_SCREEN - 4;

describe('choosePick', () => {
  it('picks the small country a few pixels away rather than the big neighbour under the tap', () => {
    expect(choosePick([c('DEU', BIG, true), c('NLD', SMALL)])?.iso3).toBe('NLD');
  });

  it('keeps the big country when nothing small is near', () => {
    expect(choosePick([c('DEU', BIG, true), c('FRA', BIG)])?.iso3).toBe('DEU');
  });

  it('keeps a small country under the tap even with a smaller one near', () => {
    expect(choosePick([c('NLD', SMALL, true), c('LUX', 5)])?.iso3).toBe('NLD');
  });

  it('picks the smallest of several small countries near the tap', () => {
    expect(choosePick([c('FRA', BIG, true), c('BEL', SMALL), c('LUX', 5)])?.iso3).toBe('LUX');
  });

  it('turns a tap in the sea near a coast into the country on it, even a big one', () => {
    expect(choosePick([c('IRL', BIG)])?.iso3).toBe('IRL');
  });

  it('never prefers a neighbour that has nothing to open (land the sources do not name)', () => {
    expect(choosePick([c('DEU', BIG, true), c('LUX', 5, false, false)])?.iso3).toBe('DEU');
    // On unnamed land, a member near the tap wins; alone, the unnamed land is still the pick.
    expect(choosePick([c('BEL', BIG, true, false), c('NLD', BIG)])?.iso3).toBe('NLD');
    expect(choosePick([c('BEL', BIG, true, false)])?.iso3).toBe('BEL');
  });

  it('is null for open sea', () => {
    expect(choosePick([])).toBeNull();
  });
});

describe('pxPerDegree', () => {
  it('is 512 px per 360 degrees at zoom 0, doubling with each zoom', () => {
    expect(pxPerDegree(0)).toBeCloseTo(512 / 360);
    expect(pxPerDegree(3)).toBeCloseTo((8 * 512) / 360);
  });
});
