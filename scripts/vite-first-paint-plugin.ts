// Bakes the map's first view into the app, from the dataset and the generated boundary files:
// - `virtual:first-view` gives the bundle the default frame (default-frame.ts), the small-country
//   dots and the curated stances, so the picture (FirstPaintMap) and the WebGL map start at the
//   same frame, prerendered and hydrated alike;
// - `virtual:first-paint-paths` is the static first paint's coarse outlines, a module of its own:
//   the prerender imports it, while the browser reads the same outlines back from the prerendered
//   picture (first-paint-paths.ts) and imports it only where the page has none (the dev server),
//   so a reader does not download the outlines twice, in the HTML and in the main script;
// - `virtual:palette.css` is the palette as CSS for both themes (src/theme/palette-css.ts).
// Runs in dev and build. A missing input fails with the file and the command that writes it.
import path from 'node:path';
import type { Plugin } from 'vite';

import { buildIndex } from '../src/data/indexes.ts';
import type { Coalition as DatasetCoalition, SourcesFile } from '../src/data/schema.ts';
import { summarize } from '../src/data/summary.ts';
import { defaultFrame } from '../src/map/default-frame.ts';
import { ownOutlineCountries } from '../src/map/static/first-paint-shapes.ts';
import type { FirstPaintOutlines, WorldPaths } from '../src/map/static/world-paths.ts';
import {
  type Bounds,
  type CountryFeatures,
  type CountryPoints,
  mainBodyBounds,
  mercatorArea,
  smallCountryPoints,
  WORLD_BOUNDS,
} from '../src/map/view-geometry.ts';
import { paletteCss } from '../src/theme/palette-css.ts';
import { readJson } from './read-json.ts';

const NAME = 'coalition-first-paint';
const VIEW_ID = 'virtual:first-view';
const PATHS_ID = 'virtual:first-paint-paths';
const CSS_ID = 'virtual:palette.css';
const SUMMARY_ID = 'virtual:dataset-summary';

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
  countries: { iso3: string; stance: string }[];
}

/**
 * The static first paint's outlines: the coarse world, plus the finer outline of any dataset
 * country the coarse file lost (a small island state), so every coloured country is drawn.
 */
export function firstPaintPaths(coarse: WorldPaths, fine: WorldPaths, keep: ReadonlySet<string>): WorldPaths {
  const have = new Set(coarse.countries.map((c) => c.iso3));
  const added = fine.countries.filter((c) => keep.has(c.iso3) && !have.has(c.iso3));
  return { worldSize: coarse.worldSize, countries: [...coarse.countries, ...added] };
}

/**
 * What the first paint draws: its own outline for each country in `own` (ownOutlineCountries: the
 * ones the timeline can colour), and every other country, grey on every date, as one shape: their
 * outlines joined, which is one path because each outline starts with an absolute moveto.
 */
export function firstPaintShapes(paths: WorldPaths, own: ReadonlySet<string>): FirstPaintOutlines {
  const countries = paths.countries.filter((c) => own.has(c.iso3)).map(({ iso3, d }) => ({ iso3, d }));
  const noData = paths.countries
    .filter((c) => !own.has(c.iso3))
    .map((c) => c.d)
    .join('');
  return { worldSize: paths.worldSize, countries, noData };
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

  return {
    name: NAME,
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === VIEW_ID || id === PATHS_ID || id === CSS_ID || id === SUMMARY_ID) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${CSS_ID}`) return paletteCss();
      if (id === `\0${SUMMARY_ID}`) {
        // The dataset without the claims (src/data/summary.ts), as JSON.parse("…"): V8 parses that
        // faster than an object literal (see json.stringify in vite.config.ts).
        const { coalition, dataDir } = inputs();
        const sources = readJson<SourcesFile>(path.join(dataDir, 'sources.json'), root, 'the dataset');
        const summary = summarize(buildIndex(coalition as unknown as DatasetCoalition, sources.sources));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(summary))});`;
      }
      if (id === `\0${PATHS_ID}`) {
        const input = inputs();
        const keep = ownOutlineCountries(input.coalition);
        // Only what the picture draws: the names are the country list's and the panel's business.
        const outlines = firstPaintShapes(firstPaintPaths(input.paths, input.fallbackPaths, keep), keep);
        return `export const firstPaintPaths = ${JSON.stringify(outlines)};`;
      }
      if (id !== `\0${VIEW_ID}`) return null;
      const input = inputs();
      const supports = input.coalition.supports;
      const iso3s = input.coalition.countries.map((c) => c.iso3);
      const own = ownOutlineCountries(input.coalition);
      const { bounds, outside } = defaultFrame({
        supports,
        members: iso3s,
        points: input.points,
        bodies: bodiesOf(input.countries, [supports, ...iso3s]),
        worldBounds: WORLD_BOUNDS,
      });
      const smallPoints = smallCountryPoints(input.countries, input.points, iso3s);
      const view = {
        bounds,
        outside,
        outsideBodies: bodiesOf(input.countries, outside, 1),
        // Where their edge markers point, drawn into the prerendered picture (PictureEdgeMarkers).
        outsidePoints: Object.fromEntries(
          outside.flatMap((iso3) => {
            const point = input.points[iso3];
            return point ? [[iso3, point]] : [];
          }),
        ),
        sizes: landSizes(input.countries, iso3s),
        smallPoints,
        supports,
        // What the browser checks the outlines it reads back from the prerendered picture against.
        paths: {
          worldSize: input.paths.worldSize,
          count: firstPaintShapes(firstPaintPaths(input.paths, input.fallbackPaths, own), own).countries
            .length,
        },
      };
      return `export const firstView = ${JSON.stringify(view)};`;
    },
  };
}
