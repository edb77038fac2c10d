// A generated dataset far larger than the real one, laid out like data/, so the benchmark can show
// how the app's cost grows with the data: every country the map can draw (but the supported one,
// which the app draws apart), 40 claims each, quoting 1,000 articles. Every quote is a sentence
// with a unique tag in it, so it occurs exactly once in its article and the real validator
// accepts the whole set.
// Run alone: `npx tsx bench/scale-dataset.ts <dir>` writes it and validates it.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../scripts/validate/format';
import { loadDrawableCountries, VALID_ALPHA3 } from '../scripts/validate/iso-codes';
import { buildPublished, publishedText } from '../scripts/validate/published';
import { validateDataset } from '../scripts/validate/validate-dataset';
import type { Claim, Coalition, Country, Source, SourcesFile } from '../src/data/schema';
import { STANCES } from '../src/data/stances';

export interface ScaleOptions {
  claimsPerCountry: number;
  articles: number;
  /** The country the coalition supports; kept out of the country list, as in the real data. */
  supports: string;
}

export const SCALE_DEFAULTS: ScaleOptions = { claimsPerCountry: 40, articles: 1000, supports: 'UKR' };

export interface ScaleSummary {
  countries: number;
  claims: number;
  articles: number;
}

// A paragraph of plain reporting between the quoted sentences, so articles are news-sized (~4 KB).
const FILLER =
  'Diplomats at the meeting described the talks as constructive but unfinished. Several delegations ' +
  'asked for more time to consult their parliaments, and officials stressed that no decision would be ' +
  'final until a ceasefire was in place. Planning cells continued to meet in the weeks that followed.';

const articleId = (i: number) => `scale-article-${String(i + 1).padStart(4, '0')}`;

/** A calendar date some days after 1 March 2025, always valid. */
function dateAfter(days: number): string {
  return new Date(Date.UTC(2025, 2, 1) + (days % 280) * 86_400_000).toISOString().slice(0, 10);
}

function quoteFor(name: string, iso3: string, k: number, stance: string, article: number): string {
  return `Officials from ${name} confirmed commitment ${iso3}-${k + 1} (${stance}) in report ${article + 1}.`;
}

/** Writes coalition.json, sources.json, sources/*.txt and the JSON Schemas into `dir`. */
export function writeScaleDataset(dir: string, options: ScaleOptions = SCALE_DEFAULTS): ScaleSummary {
  const { claimsPerCountry, articles, supports } = options;
  const drawable = [...loadDrawableCountries()]
    .filter(([iso3]) => VALID_ALPHA3.has(iso3) && iso3 !== supports)
    .sort(([a], [b]) => a.localeCompare(b));
  const sentences: string[][] = Array.from({ length: articles }, () => []);

  const countries: Country[] = drawable.map(([iso3, name], c) => {
    const stance = STANCES[c % STANCES.length] ?? 'unstated';
    const claims: Claim[] = Array.from({ length: claimsPerCountry }, (_, k) => {
      const article = (c * claimsPerCountry + k) % articles;
      const quote = quoteFor(name, iso3, k, stance, article);
      sentences[article]?.push(quote);
      return {
        id: `${iso3.toLowerCase()}-claim-${k + 1}`,
        stance,
        statement: `${name} confirmed commitment ${k + 1} of this kind, according to report ${article + 1}.`,
        date: dateAfter(c + k),
        evidence: [{ source: articleId(article), quote }],
      };
    });
    return {
      iso3,
      name,
      stance,
      summary: `${name}: ${claimsPerCountry} generated claims, all "${stance}", for the benchmark.`,
      claims,
    };
  });

  const sizeQuote = `Officials said ${countries.length} countries had joined the planning by then.`;
  sentences[0]?.push(sizeQuote);
  const thanksQuote = 'The president of the supported country thanked the coalition for its help.';
  sentences[0]?.push(thanksQuote);
  const coalition: Coalition = {
    $schema: './schema/coalition.schema.json',
    title: 'Coalition Map benchmark dataset (generated)',
    description: 'Every country on the map with generated claims; for bench/run.ts only.',
    supports,
    supported: {
      iso3: supports,
      name: 'The supported country',
      summary: 'The country the coalition supports, for the benchmark.',
      statements: [
        {
          id: 'supported-thanks',
          speaker: 'Its president',
          statement: 'Thanked the coalition.',
          date: '2025-03-01',
          evidence: [{ source: articleId(0), quote: thanksQuote }],
        },
      ],
    },
    updated: '2025-12-01',
    facts: [
      {
        id: 'size-scale',
        kind: 'size',
        statement: `${countries.length} countries joined the planning.`,
        date: '2025-03-01',
        count: countries.length,
        evidence: [{ source: articleId(0), quote: sizeQuote }],
      },
    ],
    countries,
  };
  const sources: Source[] = sentences.map((_, i) => ({
    id: articleId(i),
    title: `Generated report ${i + 1}`,
    publisher: 'Benchmark Wire',
    published: dateAfter(i),
    url: `https://example.org/bench/${articleId(i)}`,
    kind: 'original',
    language: 'en',
    receivedAs: `${articleId(i)}.txt`,
    quality: 'Generated for the benchmark; not a real report.',
  }));
  const sourcesFile: SourcesFile = { $schema: './schema/sources.schema.json', sources };

  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  cpSync(path.resolve('data/schema'), path.join(dir, 'schema'), { recursive: true });
  writeFileSync(path.join(dir, 'coalition.json'), `${JSON.stringify(coalition, null, 2)}\n`);
  writeFileSync(path.join(dir, 'sources.json'), `${JSON.stringify(sourcesFile, null, 2)}\n`);
  // Published as generated, with no corrections: the validator checks the data against both.
  const corrections = { $schema: './schema/corrections.schema.json', corrections: [] };
  writeFileSync(path.join(dir, 'corrections.json'), `${JSON.stringify(corrections, null, 2)}\n`);
  writeFileSync(path.join(dir, 'published.json'), publishedText(buildPublished(coalition, sources)));
  sentences.forEach((quotes, i) => {
    const body = [`Generated report ${i + 1}`, FILLER, ...quotes.flatMap((q) => [q, FILLER])];
    while (body.join('\n\n').length < 4000) body.push(FILLER);
    writeFileSync(path.join(dir, 'sources', `${articleId(i)}.txt`), `${body.join('\n\n')}\n`);
  });
  return { countries: countries.length, claims: countries.length * claimsPerCountry, articles };
}

/** Validates with the real validator; throws with every problem when the set is not clean. */
export function validateScaleDataset(dir: string): { validateMs: number } {
  const start = performance.now();
  const result = validateDataset(dir);
  const validateMs = performance.now() - start;
  if (result.errors.length > 0) {
    const listed = result.errors.slice(0, 20).map(formatProblem).join('\n');
    throw new Error(`bench/scale-dataset: the generated dataset in ${dir} is invalid:\n${listed}`);
  }
  return { validateMs };
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAsScript) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx bench/scale-dataset.ts <output dir>');
    process.exit(2);
  }
  const summary = writeScaleDataset(dir);
  const { validateMs } = validateScaleDataset(dir);
  console.log(
    `${dir}: ${summary.countries} countries, ${summary.claims} claims, ${summary.articles} articles; ` +
      `validated in ${Math.round(validateMs)} ms`,
  );
}
