// @vitest-environment jsdom
// Once the picture knows its size: a view with padding or a zoom limit is framed as fitBounds
// frames it, and a view with neither keeps the bounds as its viewBox ("meet" fits them the same
// way), so the picture does not change (and is not laid out again) when the size becomes known.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mercatorBoundsViewBox, viewBoxAttribute } from '../projection';
import { StaticMap, type StaticMapProps, type StaticMapView } from './StaticMap';

const paths = {
  worldSize: 1024,
  countries: [{ iso3: 'FRA', name: 'France', d: 'M500 350l10 0 0 10-10 0z' }],
};
const bounds: StaticMapView['bounds'] = [
  [-10, 35],
  [40, 60],
];
const SIZE = { width: 390, height: 600 };

function viewBoxOf(view: StaticMapView): { viewBox: string | null; sea: string | null } {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ ...SIZE, x: 0, y: 0 } as DOMRect);
  const host = document.createElement('div');
  document.body.append(host);
  const props: StaticMapProps = {
    paths,
    fillFor: () => '#cccccc',
    dimmed: () => false,
    selected: null,
    supports: 'UKR',
    onSelect: () => {},
    onHover: () => {},
    view,
    colors: {
      sea: '#00f',
      border: '#fff',
      hover: '#333',
      selected: '#111',
      supportsHatch: '#123',
      dimmedOpacity: 0.25,
    },
    label: 'Map',
  };
  const root = createRoot(host);
  act(() => root.render(createElement(StaticMap, props)));
  const svg = host.querySelector('svg');
  const result = {
    viewBox: svg?.getAttribute('viewBox') ?? null,
    sea: svg?.querySelector('rect')?.getAttribute('width') ?? null,
  };
  act(() => root.unmount());
  host.remove();
  return result;
}

afterEach(() => vi.restoreAllMocks());

describe('StaticMap once measured', () => {
  it('keeps the bounds as its viewBox when the view has no padding and no zoom limit', () => {
    const { viewBox, sea } = viewBoxOf({ bounds, padding: 0 });
    expect(viewBox).toBe(viewBoxAttribute(mercatorBoundsViewBox(bounds, 0, 0, 0)));
    // The sea still covers what the element shows beyond the bounds (3 x the measured frame's width).
    const seen = mercatorBoundsViewBox(bounds, 0, SIZE.width, SIZE.height);
    expect(Number(sea)).toBeCloseTo(seen.width * 3, 3);
  });

  it('frames the view as fitBounds does when it has padding or a zoom limit', () => {
    expect(viewBoxOf({ bounds, padding: 20 }).viewBox).toBe(
      viewBoxAttribute(mercatorBoundsViewBox(bounds, 20, SIZE.width, SIZE.height)),
    );
    expect(viewBoxOf({ bounds, padding: 0, maxZoom: 1 }).viewBox).toBe(
      viewBoxAttribute(mercatorBoundsViewBox(bounds, 0, SIZE.width, SIZE.height, { maxZoom: 1 })),
    );
  });
});
