import { describe, expect, it } from 'vitest';

import coalitionJson from '../../data/coalition.json';
import sourcesJson from '../../data/sources.json';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { countryAsOf } from './as-of';
import { sourcesDiffer } from './disagreement';
import { buildIndex, type DatasetIndex } from './indexes';
import { coalitionSchema, sourcesFileSchema } from './schema';
import { snapshotAt } from './snapshot';
import { summarize, summaryIndexOf } from './summary';

/** Every day worth asking about: each report date, the day before each, and days before and after all. */
function daysOf(index: DatasetIndex): string[] {
  const before = (date: string) => new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);
  return ['2000-01-01', ...index.dates.flatMap((d) => [before(d), d]), '2099-12-31'];
}

/** The map's view on `date` worked out from the claims themselves (as-of.ts, disagreement.ts). */
function fromClaims(index: DatasetIndex, date: string) {
  const countries = index.countries.flatMap((c) => countryAsOf(c, date) ?? []);
  return {
    stances: countries.map((c) => [c.iso3, c.stance]),
    differs: countries.filter((c) => sourcesDiffer(c, index.kinds)).map((c) => c.iso3),
  };
}

const fixture = buildIndex(fixtureCoalition, fixtureSources);
const real = buildIndex(coalitionSchema.parse(coalitionJson), sourcesFileSchema.parse(sourcesJson).sources);

describe.each([
  ['the test fixture', fixture],
  ['the real dataset', real],
])('the summary of %s', (_, index) => {
  const summary = summaryIndexOf(index);

  it('gives the stances and disagreements the claims give, on every day', () => {
    for (const day of daysOf(index)) {
      const snapshot = snapshotAt(summary, day);
      expect({
        stances: snapshot.countries.map((c) => [c.iso3, c.stance]),
        differs: [...snapshot.differs],
      }).toEqual(fromClaims(index, day));
    }
  });

  it('has every country, source, fact and date, and no claim', () => {
    const written = summarize(index);
    expect(summary.countries.map((c) => c.iso3)).toEqual(index.countries.map((c) => c.iso3));
    expect(written.sources).toEqual(index.sources);
    expect(written.coalition.facts).toEqual(index.coalition.facts);
    expect(written.coalition.supported).toEqual(index.coalition.supported);
    expect(summary.dates).toEqual(index.dates);
    expect(summary.sizeTimeline).toEqual(index.sizeTimeline);
    expect(JSON.stringify(written)).not.toContain('"claims"');
    for (const claim of index.countries.flatMap((c) => c.claims))
      expect(JSON.stringify(written)).not.toContain(claim.statement);
  });

  it('keeps one step per change, from the first claim on', () => {
    for (const country of index.countries) {
      const steps = summary.steps[country.iso3] ?? [];
      const first = country.claims.map((c) => c.date).sort()[0];
      expect(steps[0]?.[0], country.iso3).toBe(first);
      for (let i = 1; i < steps.length; i++)
        expect(steps[i]?.slice(1), country.iso3).not.toEqual(steps[i - 1]?.slice(1));
    }
  });
});

it('keeps the latest snapshot the countries themselves, as the page renders them', () => {
  const summary = summaryIndexOf(real);
  expect(snapshotAt(summary, null).countries).toEqual(summary.countries);
  expect(snapshotAt(summary, null).countries[0]).toBe(summary.countries[0]);
});
