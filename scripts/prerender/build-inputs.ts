// Reads the prerender's inputs: the dataset (validated by the build's data check before this runs)
// and what the share pictures' map needs from the files `npm run geo` writes: the outlines, each
// country's interior point, and the main bodies of the dataset's countries (the default frame's
// input, computed as the first paint computes it). A missing file fails with its name and the
// command that writes it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildIndex, type DatasetIndex } from '../../src/data/indexes.ts';
import type { Coalition, SourcesFile } from '../../src/data/schema.ts';
import type { WorldPaths } from '../../src/map/static/world-paths.ts';
import {
  type Bounds,
  type CountryFeatures,
  type CountryPoints,
  mainBodyBounds,
  WORLD_BOUNDS,
} from '../../src/map/view-geometry.ts';
import type { MapGeography } from './og-frame.ts';

function readJson<T>(root: string, file: string, writtenBy = 'npm run geo writes it'): T {
  const where = path.join(root, file);
  let text: string;
  try {
    text = readFileSync(where, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot be read (${(error as Error).message}); ${writtenBy}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${file}: is not valid JSON (${(error as Error).message})`);
  }
}

/** Main bodies (view-geometry.ts mainBodyBounds) of the given countries that have an outline. */
export function bodiesOf(countries: CountryFeatures, iso3s: readonly string[]): Record<string, Bounds> {
  const wanted = new Set(iso3s);
  const bodies: Record<string, Bounds> = {};
  for (const feature of countries.features) {
    const iso3 = feature.properties?.iso3;
    const body = iso3 && wanted.has(iso3) && feature.geometry ? mainBodyBounds(feature.geometry) : null;
    if (iso3 && body) bodies[iso3] = body;
  }
  return bodies;
}

/** The map input of every share picture, from public/generated/ under `root` (the repository). */
export function loadMapGeography(root: string, index: DatasetIndex): MapGeography {
  const countries = readJson<CountryFeatures>(root, 'public/generated/countries.geojson');
  const iso3s = [index.coalition.supports, ...index.countries.map((c) => c.iso3)];
  return {
    paths: readJson<WorldPaths>(root, 'public/generated/world-paths.json'),
    points: readJson<CountryPoints>(root, 'public/generated/country-points.json'),
    bodies: bodiesOf(countries, iso3s),
    worldBounds: WORLD_BOUNDS,
  };
}

/** The dataset's index from data/ under `root`. */
export function loadDatasetIndex(root: string): DatasetIndex {
  const coalition = readJson<Coalition>(root, 'data/coalition.json', 'it is the dataset');
  const sources = readJson<SourcesFile>(root, 'data/sources.json', 'it is the dataset');
  return buildIndex(coalition, sources.sources);
}
