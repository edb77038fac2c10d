// Server-rendered markup (the unit tests run in node, without a DOM): what the SVG draws for a
// given state. Clicks and hovers are delegated DOM events, covered by the browser tests.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lngLatToMercator } from '../projection';
import { StaticMap, type StaticMapProps } from './StaticMap';

const paths = {
  worldSize: 1024,
  countries: [
    { iso3: 'FRA', name: 'France', d: 'M500 350l10 0 0 10-10 0z' },
    { iso3: 'UKR', name: 'Ukraine', d: 'M570 340l20 0 0 10-20 0z' },
    { iso3: 'RUS', name: 'Russia', d: 'M590 300l100 0 0 40-100 0z' },
  ],
};

const colors = {
  sea: '#0000ff',
  border: '#ffffff',
  hover: '#333333',
  selected: '#111111',
  supportsHatch: '#123456',
  dimmedOpacity: 0.25,
};

function render(overrides: Partial<StaticMapProps> = {}): string {
  const props: StaticMapProps = {
    paths,
    fillFor: (iso3) => ({ FRA: '#aa0000', UKR: '#ffff00' })[iso3] ?? '#cccccc',
    dimmed: (iso3) => iso3 === 'RUS',
    selected: null,
    supports: 'UKR',
    onSelect: () => {},
    onHover: () => {},
    view: {
      bounds: [
        [-10, 35],
        [40, 60],
      ],
      padding: 20,
    },
    colors,
    label: 'Map of the coalition',
    ...overrides,
  };
  return renderToStaticMarkup(createElement(StaticMap, props));
}

describe('StaticMap', () => {
  it('is one labelled image with a clickable path per country and no tab stops', () => {
    const html = render();
    expect(html).toMatch(/^<svg role="img" aria-label="Map of the coalition" data-testid="static-map"/);
    expect(html.match(/data-iso3="FRA"/g)).toHaveLength(1);
    expect(html).toContain('data-iso3="RUS"');
    expect(html).not.toContain('tabindex');
  });

  it('fills each country with the colour it is given and dims the ones it is told to', () => {
    const html = render();
    expect(html).toMatch(/data-iso3="FRA" fill="#aa0000" fill-opacity="1"/);
    expect(html).toMatch(/data-iso3="RUS" fill="#cccccc" fill-opacity="0.25"/);
    expect(html).toContain('fill="#0000ff"');
  });

  it('hatches the supported country over its fill', () => {
    const html = render();
    const hatch = html.match(/<pattern id="([^"]+)"/)?.[1];
    expect(hatch).toBeTruthy();
    expect(html).toContain('stroke="#123456"');
    expect(html).toContain(
      `d="M570 340l20 0 0 10-20 0z" data-iso3="UKR" data-supports="" fill="url(#${hatch})"`,
    );
    expect(render({ supports: 'XXX' })).not.toContain('data-supports');
  });

  it('outlines the selected country on top, and nothing when none is selected', () => {
    expect(render()).not.toContain('data-selected');
    expect(render({ selected: 'FRA' })).toMatch(
      /d="M500 350l10 0 0 10-10 0z" data-selected="" fill="none" stroke="#111111"/,
    );
  });

  it('draws one world, as the WebGL map does (no copies), even for a view across the antimeridian', () => {
    const html = render({
      view: {
        bounds: [
          [150, -30],
          [-150, 70],
        ],
      },
    });
    expect(html.match(/d="M590 300l100 0 0 40-100 0z"/g)).toHaveLength(1);
    expect(html.match(/data-iso3="RUS"/g)).toHaveLength(1);
    expect(html).not.toContain('translate(');
  });

  it('draws the land it is given as one shape under the countries, named as no country', () => {
    const noData = { d: 'M100 100l10 0 0 10-10 0zM130 100l10 0 0 10-10 0z', fill: '#dddddd' };
    const html = render({ noData, groupFor: () => 'troops' });
    expect(html).toContain(
      '<g class="map-borders" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd">' +
        `<path d="${noData.d}" data-no-data="" class="fill-no-data" fill="#dddddd"`,
    );
    expect(html.match(/data-no-data/g)).toHaveLength(1);
    expect(render()).not.toContain('data-no-data');
  });

  it('frames the view bounds before it knows its size (then fitBounds-equivalent once measured)', () => {
    const viewBox =
      render()
        .match(/viewBox="([^"]+)"/)?.[1]
        ?.split(' ')
        .map(Number) ?? [];
    const [west, north] = lngLatToMercator(-10, 60, 1024);
    const [east, south] = lngLatToMercator(40, 35, 1024);
    expect(viewBox[0]).toBeCloseTo(west, 2);
    expect(viewBox[1]).toBeCloseTo(north, 2);
    expect(viewBox[2]).toBeCloseTo(east - west, 2);
    expect(viewBox[3]).toBeCloseTo(south - north, 2);
  });
});
