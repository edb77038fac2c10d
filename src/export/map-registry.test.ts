import { describe, expect, it } from 'vitest';

import type { MapPictureSource } from './map-picture';
import { providedMapPicture, provideMapPicture } from './map-registry';

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
