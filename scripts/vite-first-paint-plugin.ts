// Bakes the map's first view into the app, from the dataset and the generated boundary files:
// - index.html gets the first paint inlined in <div id="root"> (scripts/first-paint/render.ts);
// - `virtual:first-view` gives the bundle the bounds of that view, the small-country dots and the
//   curated stances, so the WebGL map starts at its final camera and colours before anything is
//   fetched, the dataset included (map-session.ts);
// - `virtual:first-paint.css` colours the picture in both themes.
// Runs in dev and build. A missing input fails with the file and the command that writes it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

import { APP_LEDE, MAP_LABEL } from '../src/app-text.ts';
import { buildIndex } from '../src/data/indexes.ts';
import type { Coalition as DatasetCoalition, SourcesFile } from '../src/data/schema.ts';
import { firstViewCountries } from '../src/map/first-view-countries.ts';
import type { WorldPaths } from '../src/map/static/world-paths.ts';
import {
  type Bounds,
  type CountryFeatures,
  type CountryPoints,
  mainBodyBounds,
  mercatorArea,
  smallCountryPoints,
  WORLD_BOUNDS,
} from '../src/map/view-geometry.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from '../src/theme/palette.ts';
import { type FirstPaintCountry, firstPaintCss, renderFirstPaint } from './first-paint/render.ts';

const NAME = 'coalition-first-paint';
const VIEW_ID = 'virtual:first-view';
const CSS_ID = 'virtual:first-paint.css';
/** Where the shell goes: index.html must have exactly this element, empty. */
export const ROOT_MARKER = '<div id="root"></div>';

/** index.html with the shell inside its one empty root element. */
export function inlineShell(html: string, shell: string): string {
  const at = html.indexOf(ROOT_MARKER);
  if (at === -1 || html.indexOf(ROOT_MARKER, at + 1) !== -1) {
    throw new Error(`index.html: needs exactly one empty ${ROOT_MARKER} for the first paint`);
  }
  return html.replace(ROOT_MARKER, `<div id="root">${shell}</div>`);
}

function readJson<T>(file: string, root: string, writtenBy: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${path.relative(root, file)}: cannot be read (${(error as Error).message}); ${writtenBy} writes it`,
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path.relative(root, file)}: is not valid JSON (${(error as Error).message})`);
  }
}

/** The main body of each of these countries that has an outline (the default frame's input). */
function bodiesOf(
  countries: CountryFeatures,
  iso3s: readonly string[],
  decimals?: number,
): Record<string, Bounds> {
  const round = (n: number) => (decimals === undefined ? n : Number(n.toFixed(decimals)));
  const wanted = new Set(iso3s);
  const bodies: Record<string, Bounds> = {};
  for (const feature of countries.features) {
    const iso3 = feature.properties?.iso3;
    const body = iso3 && wanted.has(iso3) && feature.geometry ? mainBodyBounds(feature.geometry) : null;
    if (iso3 && body)
      bodies[iso3] = [
        [round(body[0][0]), round(body[0][1])],
        [round(body[1][0]), round(body[1][1])],
      ];
  }
  return bodies;
}

/** Each of these countries' land as the side of a square (equatorial degrees, 2 decimals). */
function landSizes(countries: CountryFeatures, iso3s: readonly string[]): Record<string, number> {
  const wanted = new Set(iso3s);
  const sizes: Record<string, number> = {};
  for (const feature of countries.features) {
    const iso3 = feature.properties?.iso3;
    if (iso3 && wanted.has(iso3) && feature.geometry)
      sizes[iso3] = Math.round(Math.sqrt(mercatorArea(feature.geometry)) * 100) / 100;
  }
  return sizes;
}

interface Coalition {
  title: string;
  supports: string;
  countries: FirstPaintCountry[];
}

export function firstPaintPlugin(options: { dataDir?: string } = {}): Plugin {
  let root = process.cwd();
  const inputs = () => {
    const dataDir = options.dataDir ?? path.join(root, 'data');
    const generated = path.join(root, 'public', 'generated');
    const geo = 'npm run geo (scripts/build-geo.ts)';
    const coalition = readJson<Coalition>(path.join(dataDir, 'coalition.json'), root, 'the dataset');
    return {
      dataDir,
      coalition,
      points: readJson<CountryPoints>(path.join(generated, 'country-points.json'), root, geo),
      paths: readJson<WorldPaths>(path.join(root, 'src', 'generated', 'first-paint-paths.json'), root, geo),
      fallbackPaths: readJson<WorldPaths>(path.join(generated, 'world-paths.json'), root, geo),
      countries: readJson<CountryFeatures>(path.join(generated, 'countries.geojson'), root, geo),
    };
  };
  const shell = (input = inputs()) => {
    return renderFirstPaint(
      {
        title: input.coalition.title,
        lede: APP_LEDE,
        countries: input.coalition.countries,
        supports: input.coalition.supports,
        paths: input.paths,
        fallbackPaths: input.fallbackPaths,
        points: input.points,
        bodies: bodiesOf(input.countries, [
          input.coalition.supports,
          ...input.coalition.countries.map((c) => c.iso3),
        ]),
        worldBounds: WORLD_BOUNDS,
        mapLabel: MAP_LABEL,
      },
      LIGHT_PALETTE,
    );
  };

  return {
    name: NAME,
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === VIEW_ID || id === CSS_ID) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${CSS_ID}`) return firstPaintCss(LIGHT_PALETTE, DARK_PALETTE);
      if (id !== `\0${VIEW_ID}`) return null;
      const input = inputs();
      const { bounds, outside } = shell(input);
      const iso3s = input.coalition.countries.map((c) => c.iso3);
      const smallPoints = smallCountryPoints(input.countries, input.points, iso3s);
      // The map's colours, outlines and tooltips until the dataset's chunk is loaded, which is
      // after the map is ready (map-session.ts). The data check plugin has validated both files.
      const sources = readJson<SourcesFile>(path.join(input.dataDir, 'sources.json'), root, 'the dataset');
      const index = buildIndex(input.coalition as unknown as DatasetCoalition, sources.sources);
      const supports = input.coalition.supports;
      const view = {
        bounds,
        outside,
        outsideBodies: bodiesOf(input.countries, outside, 1),
        sizes: landSizes(input.countries, iso3s),
        smallPoints,
        countries: firstViewCountries(index),
        supports,
      };
      return `export const firstView = ${JSON.stringify(view)};`;
    },
    transformIndexHtml(html) {
      return inlineShell(html, shell().html);
    },
  };
}
