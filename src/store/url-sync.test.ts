import { describe, expect, it } from 'vitest';

import { fixtureCoalition } from '../../test-support/dataset-fixture';
import { fakeUrlWindow } from '../../test-support/fake-url-window';
import type { Defer } from './after-paint';
import { createAppStore } from './store';
import { bindUrl } from './url-sync';

/** The app at /map/?x=1 (a host's sub-path and query, which bindUrl leaves alone). */
const fakeWindow = (hash: string) => fakeUrlWindow(`/map/?x=1${hash}`);

const now: Defer = (fn) => {
  fn();
  return () => {};
};

/** A defer that runs nothing until `paint()`, like a frame not painted yet. */
function heldFrame() {
  const queue = new Set<() => void>();
  const defer: Defer = (fn) => {
    queue.add(fn);
    return () => queue.delete(fn);
  };
  const paint = () => {
    for (const fn of [...queue]) {
      queue.delete(fn);
      fn();
    }
  };
  return { defer, paint, waiting: () => queue.size };
}

describe('bindUrl', () => {
  it('reads the hash at start and rewrites it canonically without a history entry', () => {
    const store = createAppStore();
    const win = fakeWindow('#stance=peacekeeping-only,troops&country=gbr');
    bindUrl(store, fixtureCoalition, win, now);
    expect(store.getState().selected).toBe('GBR');
    expect(store.getState().stances).toEqual(['troops', 'peacekeeping-only']);
    expect(win.hashes()).toEqual(['#country=GBR&stance=troops,peacekeeping-only']);
  });
  it('shows notices for a bad link and drops the bad part from the address', () => {
    const store = createAppStore();
    const win = fakeWindow('#country=XYZ');
    bindUrl(store, fixtureCoalition, win, now);
    expect(store.getState().notices).toHaveLength(1);
    expect(win.location.hash).toBe('');
  });
  it('pushes one history entry per user change, and Back restores the previous state', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    bindUrl(store, fixtureCoalition, win, now);
    store.getState().select('ITA');
    store.getState().toggleStance('opposed');
    store.getState().hover('GBR');
    expect(win.hashes()).toEqual([
      '',
      '#country=ITA',
      '#country=ITA&stance=troops,peacekeeping-only,other-support,unstated',
    ]);
    win.back();
    expect(store.getState().stances).toContain('opposed');
    expect(store.getState().selected).toBe('ITA');
    win.back();
    expect(store.getState().selected).toBeNull();
    expect(win.hashes()).toHaveLength(3);
    expect(store.getState().notices).toEqual([]);
  });
  it('walks Back through the timeline, the sources view and an open article', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    bindUrl(store, { ...fixtureCoalition, sources: [{ id: 'rewrite-report' }] }, win, now);
    store.getState().setAsOf('2025-03-06');
    store.getState().showSources(null);
    store.getState().showSources('rewrite-report');
    store.getState().showClaim('GBR', 'gbr-lead');
    expect(win.hashes()).toEqual([
      '',
      '#asof=2025-03-06',
      '#asof=2025-03-06&view=sources',
      '#asof=2025-03-06&view=sources&source=rewrite-report',
      '#country=GBR&claim=gbr-lead&asof=2025-03-06',
    ]);
    win.back();
    expect(store.getState()).toMatchObject({
      selected: null,
      claim: null,
      view: 'sources',
      source: 'rewrite-report',
    });
    win.back();
    win.back();
    expect(store.getState()).toMatchObject({ view: 'map', asOf: '2025-03-06' });
    win.back();
    expect(store.getState().asOf).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });
  it('follows a hash typed by hand', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    bindUrl(store, fixtureCoalition, win, now);
    win.typeHash('#country=TUR');
    expect(store.getState().selected).toBe('TUR');
  });
  it('stops listening when unbound', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    const unbind = bindUrl(store, fixtureCoalition, win, now);
    unbind();
    store.getState().select('ITA');
    expect(win.hashes()).toEqual(['']);
  });
  it('writes a change once it has been painted, one history entry for the changes of a frame', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    const frame = heldFrame();
    bindUrl(store, fixtureCoalition, win, frame.defer);
    store.getState().select('ITA');
    store.getState().select('GBR');
    store.getState().hover('GBR');
    expect(win.hashes()).toEqual(['']);
    frame.paint();
    expect(win.hashes()).toEqual(['', '#country=GBR']);
    store.getState().hover('ITA');
    expect(frame.waiting()).toBe(0);
  });
  it('drops a change not yet written when the reader goes Back', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    const frame = heldFrame();
    bindUrl(store, fixtureCoalition, win, frame.defer);
    store.getState().select('ITA');
    frame.paint();
    store.getState().select('GBR');
    win.back();
    frame.paint();
    expect(store.getState().selected).toBeNull();
    expect(win.hashes()).toEqual(['', '#country=ITA']);
  });
  it('writes nothing waiting once unbound', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    const frame = heldFrame();
    const unbind = bindUrl(store, fixtureCoalition, win, frame.defer);
    store.getState().select('ITA');
    unbind();
    expect(frame.waiting()).toBe(0);
    expect(win.hashes()).toEqual(['']);
  });
});

describe('bindUrl before the claims are loaded', () => {
  /** The page's context before the claims arrive: the summary's countries, no claims. */
  const summaryCtx = {
    ...fixtureCoalition,
    countries: fixtureCoalition.countries.map(({ iso3 }) => ({ iso3 })),
    dates: ['2025-03-02', '2025-03-06', '2025-04-10'],
  };
  const claim = fixtureCoalition.countries.find((c) => c.iso3 === 'ITA')?.claims[0]?.id ?? '';

  /** withClaims, settled by hand. */
  function claimsLater() {
    let settle: (ok: boolean) => void = () => {};
    const asked: number[] = [];
    const withClaims = () => {
      asked.push(1);
      return new Promise<typeof fixtureCoalition>((resolve, reject) => {
        settle = (ok) => (ok ? resolve(fixtureCoalition) : reject(new Error('offline')));
      });
    };
    return { withClaims, settle: (ok: boolean) => settle(ok), asked };
  }
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reads a link without a claim at once, and asks for no claims', () => {
    const store = createAppStore();
    const later = claimsLater();
    bindUrl(store, summaryCtx, fakeWindow('#country=ita&asof=2025-03-06'), now, later.withClaims);
    expect(store.getState().selected).toBe('ITA');
    expect(store.getState().asOf).toBe('2025-03-06');
    expect(later.asked).toHaveLength(0);
  });

  it('reads a link naming a claim once the claims are here, and keeps its address until then', async () => {
    const store = createAppStore();
    const later = claimsLater();
    const win = fakeWindow(`#claim=${claim}`);
    bindUrl(store, summaryCtx, win, now, later.withClaims);
    expect(later.asked).toHaveLength(1);
    expect(store.getState().selected).toBeNull();
    expect(win.hashes()).toEqual([`#claim=${claim}`]);
    later.settle(true);
    await settled();
    expect(store.getState().selected).toBe('ITA');
    expect(store.getState().claim).toBe(claim);
    expect(store.getState().notices).toEqual([]);
    expect(win.hashes()).toEqual([`#country=ITA&claim=${claim}`]);
  });

  it('leaves the link alone if the reader picked something meanwhile', async () => {
    const store = createAppStore();
    const later = claimsLater();
    const win = fakeWindow(`#country=ITA&claim=${claim}`);
    bindUrl(store, summaryCtx, win, now, later.withClaims);
    store.getState().select('GBR');
    later.settle(true);
    await settled();
    expect(store.getState().selected).toBe('GBR');
    expect(store.getState().claim).toBeNull();
  });

  it('shows the country without the claim, and says why, when the claims cannot be loaded', async () => {
    const store = createAppStore();
    const later = claimsLater();
    bindUrl(store, summaryCtx, fakeWindow(`#country=ITA&claim=${claim}`), now, later.withClaims);
    later.settle(false);
    await settled();
    expect(store.getState().selected).toBe('ITA');
    expect(store.getState().claim).toBeNull();
    expect(store.getState().notices.join(' ')).toMatch(/claims could not be loaded/);
  });
});
