// @vitest-environment jsdom
// The first paint's outlines in the browser: read back from the prerendered picture by the ids its
// markup carries (and its one grey shape), refused when the picture is not the build's, imported
// where the page has none.
import { firstPaintPaths } from 'virtual:first-paint-paths';
import { firstView } from 'virtual:first-view';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';

import { outlinesInPage, useFirstPaintOutlines } from './first-paint-paths';

/**
 * A page's picture as the prerender marks it up: the grey shape and countries, then the overlays.
 */
function picture(
  countries: readonly { iso3: string; d: string }[],
  noData = firstPaintPaths.noData,
): HTMLElement {
  const root = document.createElement('div');
  const svgNs = 'http://www.w3.org/2000/svg';
  const frame = root.appendChild(document.createElement('div'));
  frame.className = 'first-paint';
  const svg = frame.appendChild(document.createElementNS(svgNs, 'svg'));
  const borders = svg.appendChild(document.createElementNS(svgNs, 'g'));
  borders.setAttribute('class', 'map-borders');
  const grey = borders.appendChild(document.createElementNS(svgNs, 'path'));
  grey.setAttribute('d', noData);
  grey.setAttribute('data-no-data', '');
  for (const { iso3, d } of countries) {
    const path = borders.appendChild(document.createElementNS(svgNs, 'path'));
    path.setAttribute('d', d);
    path.setAttribute('data-iso3', iso3);
  }
  // The hatch over the supported country, outside the fills.
  const hatch = svg.appendChild(document.createElementNS(svgNs, 'path'));
  hatch.setAttribute('d', 'M0 0h1');
  hatch.setAttribute('data-iso3', 'UKR');
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('outlinesInPage', () => {
  it("reads the picture's outlines in the markup's order, by their ids", () => {
    const page = picture(firstPaintPaths.countries);
    expect(outlinesInPage(page)).toEqual(firstPaintPaths);
  });

  it('refuses a picture that lacks a country, or has none', () => {
    expect(outlinesInPage(picture(firstPaintPaths.countries.slice(1)))).toBeNull();
    expect(outlinesInPage(document.createElement('div'))).toBeNull();
  });

  it('refuses a picture without its grey shape, and takes an empty one (a dataset naming every country)', () => {
    const page = picture(firstPaintPaths.countries);
    page.querySelector('[data-no-data]')?.remove();
    expect(outlinesInPage(page)).toBeNull();
    expect(outlinesInPage(picture(firstPaintPaths.countries, ''))?.noData).toBe('');
  });

  it('refuses a country without its outline', () => {
    const page = picture(firstPaintPaths.countries);
    page.querySelector('.map-borders path[data-iso3]')?.removeAttribute('d');
    expect(outlinesInPage(page)).toBeNull();
  });
});

/** How many outlines each render of Probe had, and that their world is the first view's. */
const seen: number[] = [];
function Probe() {
  const paths = useFirstPaintOutlines();
  seen.push(paths.countries.length);
  expect(paths.worldSize).toBe(firstView.paths.worldSize);
  return null;
}

describe('useFirstPaintOutlines, where the page had no picture to read', () => {
  it('is the sea until the outlines module is imported, then the outlines', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    seen.length = 0;
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    await act(async () => root.render(createElement(Probe)));
    await act(() => import('virtual:first-paint-paths'));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(firstView.paths.count);
    act(() => root.unmount());
  });
});
