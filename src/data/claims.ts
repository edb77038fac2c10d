// The claims, loaded apart from the page, which starts with the summary (dataset.ts). Two ways in:
// - a country's claims: its own file (country-claims-path.ts, about 1 KB), fetched when a reader
//   opens that country or lands on its page; from the whole dataset instead once that is here;
// - the whole dataset (full-dataset.ts, a chunk of its own), for what reads every claim: the sources
//   index, the corrections log, the downloads, a claim link; and prefetched once the map is drawn,
//   so later countries open at once.
// A component reads them through useCountryClaims or useDataset, which suspend until they are
// here: a country opened before then shows its name, stance and summary at once and its claims
// when they arrive. On the server (the prerender) the whole dataset is loaded before rendering.
import { claimsVersion } from 'virtual:country-claims';
import { fetchJson } from '../fetch-json';
import { siteUrl } from '../site-url';
import { lazyModule } from '../ui/lazy-part';
import { countryClaimsPath } from './country-claims-path';
import { summary } from './dataset';
import type { DatasetIndex } from './indexes';
import { type Resource, resource, settledResource } from './resource';
import type { Country } from './schema';

// A failed chunk is asked for again under a fresh address (lazy-part.ts).
const loadModule = lazyModule(() => import('./full-dataset'));
const dataset = resource(() => loadModule().then((module) => module.dataset));

/** The whole dataset: loads it the first time, and again after a failed load. */
export const loadDataset = (): Promise<DatasetIndex> => dataset.load();

/** The whole dataset, for a component under a Suspense boundary and an error boundary. */
export const useDataset = (): DatasetIndex => dataset.read();

/** After a failed load a component was shown: its boundary's Retry asks for the claims again. */
export const retryDataset = (): void => dataset.retry();

/** The file of a country's claims (built from a dataset validated at build: trusted as it is). */
function countryClaimsUrl(iso3: string): string {
  return siteUrl(countryClaimsPath(claimsVersion, iso3));
}

const fromDataset = (full: DatasetIndex, iso3: string): Country | null =>
  full.countryByIso3.get(iso3) ?? null;

const countries = new Map<string, Resource<Country | null>>();

function countryResource(iso3: string): Resource<Country | null> {
  const found = countries.get(iso3);
  const full = dataset.value;
  // Once the whole dataset is here, a country that has not arrived on its own is read from it.
  if (found && (found.value !== undefined || !full)) return found;
  // A code the dataset has no entry for (the supported country) has no file: nothing to fetch.
  const made =
    full || !summary.countryByIso3.has(iso3)
      ? settledResource(full ? fromDataset(full, iso3) : null)
      : resource(async () => {
          const whole = dataset.value;
          return whole ? fromDataset(whole, iso3) : ((await fetchJson(countryClaimsUrl(iso3))) as Country);
        });
  countries.set(iso3, made);
  return made;
}

/** One country's entry, claims and all: loads it the first time (or takes it from the dataset). */
export const loadCountryClaims = (iso3: string): Promise<Country | null> => countryResource(iso3).load();

/** One country's entry with its claims, for a component under Suspense and an error boundary. */
export const useCountryClaims = (iso3: string): Country | null => countryResource(iso3).read();

/** Its boundary's Retry, after that country's claims failed to load. */
export const retryCountryClaims = (iso3: string): void => countryResource(iso3).retry();
