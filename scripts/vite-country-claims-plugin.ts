// Each country's claims as a file of its own (src/data/country-claims-path.ts), so a reader who
// opens one country downloads that country's claims and quotes, not the whole dataset's: about 1 KB
// here, and the same at a scale where the whole dataset is hundreds of KB. The app reads the
// folder's version from `virtual:country-claims`; `vite dev` serves the files from the dataset.
// The files are the dataset's entries as they are.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';
import { countryClaimsPath } from '../src/data/country-claims-path.ts';
import { readJson } from './read-json.ts';

const ID = 'virtual:country-claims';

interface CountryEntry {
  iso3: string;
}

/** The files one dataset publishes: the folder's version, and each country's file. */
export function countryClaimFiles(countries: readonly CountryEntry[]): {
  version: string;
  files: { fileName: string; source: string }[];
} {
  const sources = countries.map((country) => ({ iso3: country.iso3, source: JSON.stringify(country) }));
  const hash = createHash('sha256');
  for (const { iso3, source } of sources) hash.update(`${iso3}\n${source}\n`);
  const version = hash.digest('hex').slice(0, 12);
  return {
    version,
    files: sources.map(({ iso3, source }) => ({ fileName: countryClaimsPath(version, iso3), source })),
  };
}

export function countryClaimsPlugin(options: { dataDir?: string } = {}): Plugin {
  let root = process.cwd();
  // The dataset is checked before this runs (vite-data-check.ts): its countries are a list.
  const read = () => {
    const file = path.join(options.dataDir ?? path.join(root, 'data'), 'coalition.json');
    return countryClaimFiles(readJson<{ countries: CountryEntry[] }>(file, root, 'the dataset').countries);
  };

  return {
    name: 'coalition-country-claims',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? `\0${ID}` : null;
    },
    load(id) {
      if (id !== `\0${ID}`) return null;
      return `export const claimsVersion = ${JSON.stringify(read().version)};`;
    },
    configureServer(server) {
      server.middlewares.use('/claims', (req, res) => {
        const wanted = `claims${(req.url ?? '').split('?')[0]}`;
        const file = read().files.find((f) => f.fileName === wanted);
        res.setHeader('Content-Type', file ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
        if (!file) res.statusCode = 404;
        res.end(
          file ? file.source : `No claims file at /${wanted} (the dataset has changed? reload the page)`,
        );
      });
    },
    generateBundle() {
      for (const file of read().files) this.emitFile({ type: 'asset', ...file });
    },
  };
}
