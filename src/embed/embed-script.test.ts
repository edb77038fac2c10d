// public/embed.js runs on other people's pages, so its filtering is tested here on its own, in a
// fake page (node:vm), and again end to end through real iframes in e2e/embed.spec.ts.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');

interface FakeFrame {
  contentWindow: { postMessage: (message: unknown, origin: string) => void };
  style: { height: string };
  hasAttribute: (name: string) => boolean;
  dispatchEvent: (event: { type: string; detail: unknown }) => boolean;
  posted: { message: unknown; origin: string }[];
  events: unknown[];
}

function fakeFrame(marked = true): FakeFrame {
  const frame: FakeFrame = {
    posted: [],
    events: [],
    style: { height: '' },
    contentWindow: { postMessage: (message, origin) => frame.posted.push({ message, origin }) },
    hasAttribute: (name) => marked && name === 'data-coalition-map',
    dispatchEvent: (event) => {
      frame.events.push(event.detail);
      return true;
    },
  };
  return frame;
}

/** A host page holding `frames`, with embed.js included `times` times. */
function hostPage(frames: FakeFrame[], times = 1) {
  const win = new EventTarget() as EventTarget & { CoalitionMap?: Record<string, (...a: unknown[]) => void> };
  const document = {
    querySelectorAll: (selector: string) =>
      selector === 'iframe' ? frames : frames.filter((f) => f.hasAttribute('data-coalition-map')),
  };
  class CustomEvent {
    constructor(
      readonly type: string,
      readonly init: { detail: unknown },
    ) {}
    get detail() {
      return this.init.detail;
    }
  }
  const context = { window: win, document, CustomEvent, Number, Array, Object, TypeError };
  for (let i = 0; i < times; i++) runInNewContext(SCRIPT, context);
  const post = (data: unknown, source: unknown) => {
    const event = new Event('message') as Event & { data: unknown; source: unknown };
    Object.assign(event, { data, source });
    win.dispatchEvent(event);
  };
  return { win, post };
}

const height = (h: unknown) => ({ source: 'coalition-map', type: 'height', height: h });

describe('embed.js resizing', () => {
  it('sets the height of the frame that posted it, and only that one', () => {
    const [a, b] = [fakeFrame(), fakeFrame()];
    const page = hostPage([a, b]);
    page.post(height(742.2), b.contentWindow);
    expect(b.style.height).toBe('743px');
    expect(a.style.height).toBe('');
  });
  it('also resizes a map frame pasted without data-coalition-map', () => {
    const frame = fakeFrame(false);
    hostPage([frame]).post(height(500), frame.contentWindow);
    expect(frame.style.height).toBe('500px');
  });
  it.each([
    ['too small', height(99)],
    ['too large', height(10_001)],
    ['not finite', height(Number.POSITIVE_INFINITY)],
    ['not a number', height('500')],
    ['another source', { source: 'other', type: 'height', height: 500 }],
    ['a string', JSON.stringify(height(500))],
    ['null', null],
  ])('ignores a height that is %s', (_label, data) => {
    const frame = fakeFrame();
    hostPage([frame]).post(data, frame.contentWindow);
    expect(frame.style.height).toBe('');
    expect(frame.events).toEqual([]);
  });
  it('ignores messages from windows that are not one of its frames', () => {
    const frame = fakeFrame();
    hostPage([frame]).post(height(500), {});
    expect(frame.style.height).toBe('');
  });
  it('survives a message whose getters throw', () => {
    const frame = fakeFrame();
    const page = hostPage([frame]);
    const hostile = Object.defineProperty({}, 'source', {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => page.post(hostile, frame.contentWindow)).not.toThrow();
    page.post(height(300), frame.contentWindow);
    expect(frame.style.height).toBe('300px');
  });
});

describe('embed.js events', () => {
  it('re-dispatches clean copies of map messages on the iframe', () => {
    const frame = fakeFrame();
    const page = hostPage([frame]);
    page.post(
      { source: 'coalition-map', type: 'select', iso3: 'GBR', extra: 'dropped' },
      frame.contentWindow,
    );
    page.post({ source: 'coalition-map', type: 'filter', stances: ['troops'] }, frame.contentWindow);
    page.post({ source: 'coalition-map', type: 'select', iso3: '<b>' }, frame.contentWindow);
    expect(frame.events).toEqual([
      { source: 'coalition-map', type: 'select', iso3: 'GBR' },
      { source: 'coalition-map', type: 'filter', stances: ['troops'] },
    ]);
  });
});

describe('embed.js helpers', () => {
  it('posts select and filter to a frame', () => {
    const frame = fakeFrame();
    const { win } = hostPage([frame]);
    win.CoalitionMap?.select?.(frame, 'FRA');
    win.CoalitionMap?.filter?.(frame, new Set(['troops', 'opposed']));
    expect(frame.posted).toEqual([
      { message: { source: 'coalition-map', type: 'select', iso3: 'FRA' }, origin: '*' },
      { message: { source: 'coalition-map', type: 'filter', stances: ['troops', 'opposed'] }, origin: '*' },
    ]);
  });
  it('passes on which map a ready frame shows, and ignores a ready that does not say', () => {
    const frame = fakeFrame();
    const page = hostPage([frame]);
    page.post({ source: 'coalition-map', type: 'ready', map: 'offscreen' }, frame.contentWindow);
    page.post({ source: 'coalition-map', type: 'ready' }, frame.contentWindow);
    page.post({ source: 'coalition-map', type: 'ready', map: 'vector' }, frame.contentWindow);
    expect(frame.events).toEqual([{ source: 'coalition-map', type: 'ready', map: 'offscreen' }]);
  });
  it('refuses something that is not a frame', () => {
    const { win } = hostPage([]);
    expect(() => win.CoalitionMap?.select?.(null, 'FRA')).toThrow(/iframe/);
  });
  it('is idempotent: included twice, it still resizes once and keeps one API', () => {
    const frame = fakeFrame();
    const page = hostPage([frame], 2);
    page.post({ source: 'coalition-map', type: 'ready', map: 'webgl' }, frame.contentWindow);
    expect(frame.events).toHaveLength(1);
    expect(Object.keys(page.win.CoalitionMap ?? {})).toEqual(['select', 'filter']);
  });
});
