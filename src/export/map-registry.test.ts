import { describe, expect, it } from 'vitest';

import type { MapPictureSource } from './map-picture';
import { providedMapPicture, provideMapPicture, whenMapDrawn } from './map-registry';

const fakeSvg = (name: string) => ({ kind: 'svg', svg: { name } }) as unknown as MapPictureSource;

describe('provideMapPicture', () => {
  it('offers the latest map until it is withdrawn', () => {
    expect(providedMapPicture()).toBeNull();
    const first = fakeSvg('first');
    const withdraw = provideMapPicture(first);
    expect(providedMapPicture()).toBe(first);
    withdraw();
    expect(providedMapPicture()).toBeNull();
  });

  it('ignores a stale withdrawal after a newer map was offered (StrictMode remounts)', () => {
    const withdrawOld = provideMapPicture(fakeSvg('old'));
    const current = fakeSvg('new');
    const withdrawNew = provideMapPicture(current);
    withdrawOld();
    expect(providedMapPicture()).toBe(current);
    withdrawNew();
    expect(providedMapPicture()).toBeNull();
  });
});

describe('whenMapDrawn', () => {
  it('calls back once, when the first map is offered', () => {
    const calls: string[] = [];
    whenMapDrawn(() => calls.push('early'));
    expect(calls).toEqual([]);
    const withdraw = provideMapPicture(fakeSvg('map'));
    expect(calls).toEqual(['early']);
    whenMapDrawn(() => calls.push('late'));
    expect(calls).toEqual(['early', 'late']);
    withdraw();
    provideMapPicture(fakeSvg('again'))();
    expect(calls).toEqual(['early', 'late']);
  });

  it('can be cancelled before the map is drawn', () => {
    const calls: string[] = [];
    const cancel = whenMapDrawn(() => calls.push('cancelled'));
    cancel();
    provideMapPicture(fakeSvg('map'))();
    expect(calls).toEqual([]);
  });
});
