// The boundary build, in memory: topology in, the three generated files' contents out. Kept apart
// from the CLI (scripts/build-geo.ts) so tests check exactly what gets written.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { STATIC_WORLD_SIZE } from '../../src/map/projection.ts';
import type { WorldPaths } from '../../src/map/static/world-paths.ts';
import { unwrapGeometry } from './antimeridian.ts';
import { countryInteriorPoint } from './interior-point.ts';
import { roundKeepingShape } from './round-geometry.ts';
import { simplifyTopology } from './simplify-arcs.ts';
import { svgPathData } from './svg-path.ts';
import { type WorldCountry, type WorldTopology, worldCountries } from './world.ts';

export type CountryProps = { iso3: string; name: string };
export type CountryPoints = Record<string, [number, number]>;

export type GeoOptions = {
  /** Douglas-Peucker tolerance for countries.geojson, in Mercator world widths. */
  geojsonTolerance: number;
  /** Decimals kept in countries.geojson (raised per country when a microstate would vanish). */
  decimals: number;
  /** Douglas-Peucker tolerance for world-paths.json, in pixels of its world. */
  pathsTolerancePx: number;
  pathsWorldSize: number;
  /** Tolerance for first-paint-paths.json (same world, whole pixels): the map shown before WebGL. */
  firstPaintTolerancePx: number;
};

/**
 * 0.5 px at zoom 5 for the WebGL map: one zoom level past the zoom-4 Europe view (0.5 px at zoom 6
 * costs 7% more, zoom 4 looks angular once zoomed to it). 0.25 px in the 1024 px world of the
 * static map, i.e. 0.5 px at zoom 2, about its first view of Europe on a desktop screen.
 * The first paint is seen only at the world view (under 1 px of this world per screen px) and
 * inlined in index.html, so 1 px and whole numbers: 14 KB gzipped instead of 62.
 */
export const DEFAULT_OPTIONS: GeoOptions = {
  geojsonTolerance: 0.5 / (512 * 2 ** 5),
  decimals: 3,
  pathsTolerancePx: 0.25,
  pathsWorldSize: STATIC_WORLD_SIZE,
  firstPaintTolerancePx: 1,
};

export type GeoOutputs = {
  countries: FeatureCollection<MultiPolygon, CountryProps>;
  points: CountryPoints;
  paths: WorldPaths;
  /**
   * The coarse outlines inlined in index.html as the first paint. Countries that simplify to
   * nothing (specks under a pixel at the world view) are left out here, and only here.
   */
  firstPaint: WorldPaths;
  /** Countries whose source polygon has no area: left out of every output (and drawableCodes). */
  undrawable: string[];
  /** Countries kept at more decimals, or drawn unsimplified in the SVG, so they do not vanish: reason -> codes. */
  notes: Record<string, string[]>;
  synthetic: string[];
};

function geometriesOf(topology: WorldTopology, countries: WorldCountry[]): Map<string, MultiPolygon> {
  const out = new Map<string, MultiPolygon>();
  for (const country of countries) {
    const f = feature(topology, country.object) as Feature<Polygon | MultiPolygon>;
    out.set(country.iso3, unwrapGeometry(f.geometry));
  }
  return out;
}

export function buildGeo(
  topology: WorldTopology,
  source: string,
  options: GeoOptions = DEFAULT_OPTIONS,
  warn: (message: string) => void = console.warn,
): GeoOutputs {
  const all = worldCountries(topology, source, warn).sort((a, b) => a.iso3.localeCompare(b.iso3));
  const countries = all.filter((c) => c.drawable);
  const undrawable = all.filter((c) => !c.drawable).map((c) => `${c.iso3} (${c.name})`);
  const fine = geometriesOf(simplifyTopology(topology, options.geojsonTolerance), countries);
  const coarse = geometriesOf(
    simplifyTopology(topology, options.pathsTolerancePx / options.pathsWorldSize),
    countries,
  );
  const firstPaintShapes = geometriesOf(
    simplifyTopology(topology, options.firstPaintTolerancePx / options.pathsWorldSize),
    countries,
  );
  const raw = geometriesOf(topology, countries);
  const notes: Record<string, string[]> = {};
  const note = (reason: string, iso3: string) => {
    notes[reason] = [...(notes[reason] ?? []), iso3];
  };
  const features: Feature<MultiPolygon, CountryProps>[] = [];
  const points: CountryPoints = {};
  const paths: WorldPaths = { worldSize: options.pathsWorldSize, countries: [] };
  const firstPaint: WorldPaths = { worldSize: options.pathsWorldSize, countries: [] };

  for (const { iso3, name } of countries) {
    let rounded = roundKeepingShape(fine.get(iso3) as MultiPolygon, options.decimals);
    if (!rounded) {
      // Simplification alone can flatten a speck of an island: fall back to the source outline.
      rounded = roundKeepingShape(raw.get(iso3) as MultiPolygon, options.decimals);
      note('unsimplified in countries.geojson', iso3);
    }
    if (!rounded) throw new Error(`${source}: ${iso3} has no polygon left even at 6 decimals`);
    if (rounded.decimals !== options.decimals)
      note(`${rounded.decimals} decimals in countries.geojson`, iso3);
    features.push({ type: 'Feature', properties: { iso3, name }, geometry: rounded.geometry });
    points[iso3] = countryInteriorPoint(rounded.geometry);

    let d = svgPathData(coarse.get(iso3) as MultiPolygon, options.pathsWorldSize, 10);
    for (const factor of [100, 1000]) {
      if (d !== '') break;
      d = svgPathData(raw.get(iso3) as MultiPolygon, options.pathsWorldSize, factor);
      note(`lost to simplification, drawn unsimplified at 1/${factor} px in world-paths.json`, iso3);
    }
    if (d === '') throw new Error(`${source}: ${iso3} has no SVG outline even at 1/1000 px`);
    paths.countries.push({ iso3, name, d });

    const coarseD = svgPathData(firstPaintShapes.get(iso3) as MultiPolygon, options.pathsWorldSize, 1);
    if (coarseD !== '') firstPaint.countries.push({ iso3, name, d: coarseD });
  }
  return {
    countries: { type: 'FeatureCollection', features },
    points,
    paths,
    firstPaint,
    notes,
    undrawable,
    synthetic: countries.filter((c) => c.synthetic).map((c) => c.iso3),
  };
}
