// @vitest-environment jsdom
// Errors stay local: when one part of the page throws while rendering, that part says so (with a
// Retry) and every other part, the header included, stays on screen. Each part is replaced by a
// stand-in that renders the real component inside a marker, or throws when told to; the app and
// the embed layout are then rendered for real (jsdom). Removing any part's ErrorBoundary in
// App.tsx or EmbedLayout.tsx makes the whole tree unmount and these tests fail.
import { act, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ part: null as string | null }));

/** The module's component, wrapped in a marker, or throwing while `failing.part` names it. */
const standIn = vi.hoisted(
  () => async (load: () => Promise<Record<string, unknown>>, name: string, part: string) => {
    const { createElement: h } = await import('react');
    const mod = await load();
    const Real = mod[name] as (props: object) => ReactNode;
    return {
      ...mod,
      [name]: (props: object) => {
        if (failing.part === part) throw new Error(`${part} broke`);
        return h('div', { 'data-part': part }, h(Real, props));
      },
    };
  },
);

// The WebGL map cannot run in jsdom: its stand-in is a plain element.
vi.mock('./map/MapArea', async () => {
  const { createElement: h } = await import('react');
  return {
    MapArea: () => {
      if (failing.part === 'map') throw new Error('map broke');
      return h('div', { 'data-part': 'map' });
    },
  };
});
vi.mock('./timeline/Timeline', (load) => standIn(load, 'Timeline', 'timeline'));
vi.mock('./filters/StanceFilters', (load) => standIn(load, 'StanceFilters', 'legend'));
vi.mock('./export/DownloadMenu', (load) => standIn(load, 'DownloadMenu', 'downloads'));
vi.mock('./list/CountryList', (load) => standIn(load, 'CountryList', 'list'));
vi.mock('./panel/Panel', (load) => standIn(load, 'Panel', 'panel'));
vi.mock('./panel/ArticleReader', (load) => standIn(load, 'ArticleReader', 'article-reader'));

const { App } = await import('./App');

const APP_PARTS = ['map', 'timeline', 'legend', 'downloads', 'list', 'panel', 'article-reader'];
const EMBED_PARTS = ['map', 'timeline', 'legend', 'panel', 'article-reader'];

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // React and the boundary both report a caught error on the console; expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  failing.part = null;
  vi.restoreAllMocks();
});

function render(embed: boolean): void {
  act(() => root.render(createElement(App, { flags: { embed } })));
}

const shown = (part: string) => container.querySelector(`[data-part="${part}"]`) !== null;
const alerts = () => [...container.querySelectorAll('.part-failed[role="alert"]')].map((a) => a.textContent);

// Each test renders the whole app: a generous limit, so a busy machine does not fail it.
vi.setConfig({ testTimeout: 30_000 });

describe.each([
  { layout: 'the full app', embed: false, parts: APP_PARTS },
  { layout: 'the embed', embed: true, parts: EMBED_PARTS },
])('in $layout', ({ embed, parts }) => {
  it('shows every part when nothing fails', () => {
    render(embed);
    expect(parts.filter((p) => !shown(p))).toEqual([]);
    expect(alerts()).toEqual([]);
  });

  it.each(parts)('a failing %s leaves the rest of the page working', (part) => {
    failing.part = part;
    render(embed);
    expect(shown(part)).toBe(false);
    expect(alerts()).toEqual([expect.stringMatching(new RegExp(`could not be shown \\(${part} broke\\)`))]);
    expect(parts.filter((p) => p !== part && !shown(p))).toEqual([]);
    // The page itself is still there: its title (the embed's is for screen readers).
    expect(container.querySelector('h1')?.textContent).toBeTruthy();
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/failed:$/), expect.any(Error));
  });
});

it('Retry renders the failed part again once it can render', () => {
  failing.part = 'panel';
  render(false);
  expect(shown('panel')).toBe(false);
  failing.part = null;
  const retry = container.querySelector<HTMLButtonElement>('.part-failed button');
  act(() => retry?.click());
  expect(shown('panel')).toBe(true);
  expect(alerts()).toEqual([]);
});
