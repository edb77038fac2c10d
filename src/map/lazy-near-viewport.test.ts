// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ENTER_MARGIN, LEAVE_MARGIN, nextNear, useNearViewport } from './lazy-near-viewport';

describe('nextNear', () => {
  it('is near once the frame is within the enter margin', () => {
    expect(nextNear(null, { withinEnter: true })).toBe(true);
    expect(nextNear(false, { withinEnter: true })).toBe(true);
  });
  it('is far once the frame is beyond the leave margin', () => {
    expect(nextNear(true, { withinLeave: false })).toBe(false);
    expect(nextNear(null, { withinLeave: false })).toBe(false);
  });
  it('keeps what it was in between (no rebuild when scrolling a little)', () => {
    expect(nextNear(true, { withinEnter: false })).toBe(true);
    expect(nextNear(false, { withinLeave: true })).toBe(false);
  });
  it('starts far when first seen between the margins, unknown before any sighting', () => {
    expect(nextNear(null, { withinEnter: false })).toBeNull();
    expect(nextNear(null, { withinLeave: true })).toBe(false);
  });
});

/** Stands in for IntersectionObserver: the test says which margins the element is within. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    FakeObserver.all = FakeObserver.all.filter((o) => o !== this);
  }
  static report(margin: string, isIntersecting: boolean) {
    for (const o of FakeObserver.all.filter((x) => x.options.rootMargin === margin)) {
      const entries = o.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
      act(() => o.callback(entries, o as unknown as IntersectionObserver));
    }
  }
}

/** What the hook returned on each render of the probe. */
let seen: (boolean | null)[] = [];
const element = document.createElement('div');

function Probe({ enabled, Observer }: { enabled: boolean; Observer?: typeof IntersectionObserver }) {
  seen.push(useNearViewport(element, enabled, Observer));
  return null;
}

describe('useNearViewport', () => {
  let root: Root;

  const render = (enabled: boolean, Observer?: typeof IntersectionObserver) =>
    act(() => root.render(createElement(Probe, { enabled, Observer })));

  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    FakeObserver.all = [];
    seen = [];
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => act(() => root.unmount()));

  it('is always near when not enabled (the full app), and watches nothing', () => {
    render(false, FakeObserver as unknown as typeof IntersectionObserver);
    expect(seen.at(-1)).toBe(true);
    expect(FakeObserver.all).toHaveLength(0);
  });

  it('is near without IntersectionObserver (an old browser keeps its map)', () => {
    render(true, undefined);
    expect(seen.at(-1)).toBe(true);
  });

  it('follows the two margins with hysteresis, and stops watching on unmount', () => {
    render(true, FakeObserver as unknown as typeof IntersectionObserver);
    expect(seen.at(-1)).toBeNull();
    expect(FakeObserver.all.map((o) => o.options.rootMargin).sort()).toEqual(
      [ENTER_MARGIN, LEAVE_MARGIN].sort(),
    );

    FakeObserver.report(ENTER_MARGIN, true);
    expect(seen.at(-1)).toBe(true);
    FakeObserver.report(ENTER_MARGIN, false); // scrolled a little away: kept
    expect(seen.at(-1)).toBe(true);
    FakeObserver.report(LEAVE_MARGIN, false); // far away: released
    expect(seen.at(-1)).toBe(false);
    FakeObserver.report(LEAVE_MARGIN, true); // coming back, not yet near: still released
    expect(seen.at(-1)).toBe(false);
    FakeObserver.report(ENTER_MARGIN, true);
    expect(seen.at(-1)).toBe(true);

    act(() => root.unmount());
    expect(FakeObserver.all).toHaveLength(0);
    root = createRoot(document.createElement('div'));
  });
});
