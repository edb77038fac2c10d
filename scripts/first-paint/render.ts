// The page's first paint, rendered when the app is built: the full app's frame (header, the map's
// frame, the panel's column, or on a narrow screen the peeking bottom sheet) with a static SVG of the choropleth inside, inlined in index.html so
// it shows before any script has loaded. main.tsx starts the WebGL map under the picture; React
// then takes the page over and CoalitionMap adopts the map; the picture goes once the map is drawn.
// The markup mirrors App.tsx and CoalitionMap.tsx (same classes, same text), so nothing moves when
// React replaces it; e2e/first-paint.spec.ts checks that the map frame keeps its place and size.

import { type DefaultFrame, defaultFrame } from '../../src/map/default-frame.ts';
import { lngLatToMercator } from '../../src/map/projection.ts';
import type { WorldPaths } from '../../src/map/static/world-paths.ts';
import type { Bounds, CountryPoints } from '../../src/map/view-geometry.ts';
import type { Palette } from '../../src/theme/palette.ts';

export interface FirstPaintCountry {
  iso3: string;
  stance: string;
}

export interface FirstPaintInput {
  title: string;
  lede: string;
  countries: readonly FirstPaintCountry[];
  supports: string;
  /** The coarse outlines (src/generated/first-paint-paths.json). */
  paths: WorldPaths;
  /** Finer outlines for dataset countries the coarse file lost (world-paths.json: same world). */
  fallbackPaths: WorldPaths;
  points: CountryPoints;
  /** Each country's main body (view-geometry.ts mainBodyBounds), for the frame. */
  bodies: Readonly<Record<string, Bounds>>;
  /** Used when no dataset country has an interior point. */
  worldBounds: Bounds;
  /** The map's accessible name (CoalitionMap's aria-label). */
  mapLabel: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** The default frame (default-frame.ts): the box the WebGL map's first camera fits, too. */
export function firstViewFrame(
  input: Pick<FirstPaintInput, 'countries' | 'supports' | 'points' | 'bodies' | 'worldBounds'>,
): DefaultFrame {
  return defaultFrame({
    supports: input.supports,
    members: input.countries.map((c) => c.iso3),
    points: input.points,
    bodies: input.bodies,
    worldBounds: input.worldBounds,
  });
}

/** The fill group of a country: a stance, the supported country, or land the sources do not name. */
export function fillGroupOf(iso3: string, input: Pick<FirstPaintInput, 'countries' | 'supports'>): string {
  if (iso3 === input.supports) return 'supported';
  return input.countries.find((c) => c.iso3 === iso3)?.stance ?? 'no-data';
}

/**
 * The SVG: viewBox = the bounds in the paths' Mercator world, "meet" = MapLibre's fitBounds (the
 * padding is the wrapper's CSS padding, viewPadding's rule). Countries are grouped by fill, each
 * group coloured by a class (first-paint.css, both themes), with the light colour as attribute so
 * the picture is right even before any stylesheet.
 */
export function renderFirstPaintSvg(input: FirstPaintInput, light: Palette, bounds: Bounds): string {
  const size = input.paths.worldSize;
  const [x0, y1] = lngLatToMercator(bounds[0][0], bounds[0][1], size);
  const [x1, y0] = lngLatToMercator(bounds[1][0], bounds[1][1], size);
  const viewBox = [x0, y0, Math.max(x1 - x0, 1), Math.max(y1 - y0, 1)].map((n) => n.toFixed(1)).join(' ');

  const coarse = new Map(input.paths.countries.map((c) => [c.iso3, c.d]));
  for (const c of input.fallbackPaths.countries) {
    if (!coarse.has(c.iso3) && fillGroupOf(c.iso3, input) !== 'no-data') coarse.set(c.iso3, c.d);
  }
  const groups = new Map<string, string[]>();
  for (const [iso3, d] of coarse) {
    const group = fillGroupOf(iso3, input);
    groups.set(group, [...(groups.get(group) ?? []), `<path data-iso3="${escapeHtml(iso3)}" d="${d}"/>`]);
  }
  const colorOf = (group: string): string =>
    group === 'supported'
      ? light.supported
      : group === 'no-data'
        ? light.noData
        : (light.stances[group as keyof Palette['stances']] ?? light.noData);
  // No-data land first, so coloured countries' borders are drawn over it.
  const order = [...groups.keys()].sort((a, b) => Number(b === 'no-data') - Number(a === 'no-data'));
  const body = order
    .map((g) => `<g class="fp-${escapeHtml(g)}" fill="${colorOf(g)}">${(groups.get(g) ?? []).join('')}</g>`)
    .join('');
  return (
    `<svg data-testid="static-map" class="first-paint-svg" viewBox="${viewBox}" ` +
    `preserveAspectRatio="xMidYMid meet" aria-hidden="true" stroke="${light.border}">${body}</svg>`
  );
}

/** The whole shell that goes inside <div id="root">. */
export function renderFirstPaint(
  input: FirstPaintInput,
  light: Palette,
): { html: string; bounds: Bounds; outside: string[] } {
  const { bounds, outside } = firstViewFrame(input);
  const svg = renderFirstPaintSvg(input, light, bounds);
  const html =
    `<div class="app" data-first-paint>` +
    `<header class="app-header"><div><h1>${escapeHtml(input.title)}</h1>` +
    `<p class="app-lede">${escapeHtml(input.lede)}</p></div>` +
    // Inert stand-ins for the dialog buttons, so the title wraps as it will with the real ones.
    `<div class="header-actions" aria-hidden="true">` +
    `<button type="button" class="app-dialog-button methodology-button" tabindex="-1">Methodology</button>` +
    `<button type="button" class="app-dialog-button embed-button" tabindex="-1">Embed</button></div></header>` +
    `<main class="app-main"><div class="map-column"><div class="map-frame">` +
    `<div class="first-paint" role="img" aria-label="${escapeHtml(input.mapLabel)}">${svg}</div>` +
    `<p class="map-status" role="status">Loading the map…</p>` +
    `</div></div><aside class="panel" aria-hidden="true"></aside></main>` +
    // A narrow screen shows the peeking bottom sheet over the map's foot (app.css) instead.
    `<div class="sheet-peek-stand-in" aria-hidden="true"></div></div>`;
  return { html, bounds, outside };
}

/** Colours per fill group for both themes: the classes renderFirstPaintSvg writes. */
export function firstPaintCss(light: Palette, dark: Palette): string {
  const rules = (palette: Palette, prefix: string) =>
    [
      ...Object.entries(palette.stances).map(([stance, color]) => `${prefix} .fp-${stance}{fill:${color}}`),
      `${prefix} .fp-supported{fill:${palette.supported}}`,
      `${prefix} .fp-no-data{fill:${palette.noData}}`,
      `${prefix} .first-paint-svg{stroke:${palette.border}}`,
    ].join('\n');
  return [
    // The map frame's ground before theme.ts sets --map-sea from the palette.
    `:root{--map-sea:${light.sea}}`,
    `:root[data-theme='dark']{--map-sea:${dark.sea}}`,
    rules(light, ':root'),
    rules(dark, ":root[data-theme='dark']"),
  ].join('\n');
}
