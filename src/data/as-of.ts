// The story over time: a country as the sources stood on a given day. This is the ONE definition
// of "the stance as of a date"; the map, the list, the panel and the downloads all use it.
// Pure and browser-safe.
import { strongestStance } from './disagreement';
import type { Claim, Country, Stance } from './schema';

/** Claims and facts both carry a `date` (YYYY-MM-DD): what the report dates are made of. */
export interface Dated {
  date: string;
}

/**
 * Oldest first, for ISO calendar dates (YYYY-MM-DD), whose text order is their time order. Not
 * localeCompare: that makes the page's first collator, which loads locale data on start-up.
 */
export const byIsoDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The distinct days the sources report (claim and fact dates), oldest first. */
export function reportDates(coalition: {
  countries: readonly { claims: readonly Dated[] }[];
  facts: readonly Dated[];
}): string[] {
  const dates = new Set<string>();
  for (const fact of coalition.facts) dates.add(fact.date);
  for (const country of coalition.countries) for (const claim of country.claims) dates.add(claim.date);
  return [...dates].sort();
}

/** The claims made by `asOf` (all of them for null), in the country's own order. */
export function claimsAsOf<C extends Dated>(claims: readonly C[], asOf: string | null): C[] {
  return asOf === null ? [...claims] : claims.filter((c) => c.date <= asOf);
}

/**
 * A country's stance as of a day: null when it had no claim yet. With every claim made, the
 * curated stance (which the validator proved is the strongest, or the resolution's). With some
 * still to come: the resolution's claim if it was made by then, else the strongest stance the
 * claims made by then support (STANCES.md). `asOf` null means "everything".
 */
export function stanceAsOf(
  country: Pick<Country, 'stance' | 'claims' | 'resolution'>,
  asOf: string | null,
): Stance | null {
  const kept = claimsAsOf(country.claims, asOf);
  if (kept.length === 0) return null;
  if (kept.length === country.claims.length) return country.stance;
  const followed = kept.find((c) => c.id === country.resolution?.follows);
  if (followed) return followed.stance;
  return strongestStance(kept.map((c) => c.stance)) ?? null;
}

/**
 * The country as it stood on `asOf`: only the claims made by then, with the stance of stanceAsOf.
 * With every claim still there it is the country itself. A resolution whose claim is not yet made
 * is dropped (it would name a claim the subset does not hold). Null when it had no claim yet.
 */
export function countryAsOf(country: Country, asOf: string | null): Country | null {
  const kept = claimsAsOf(country.claims, asOf);
  if (kept.length === country.claims.length) return country;
  const stance = stanceAsOf(country, asOf);
  const [first, ...rest] = kept;
  if (first === undefined || stance === null) return null;
  const claims: [Claim, ...Claim[]] = [first, ...rest];
  const { resolution, ...withoutResolution } = country;
  const followed = resolution !== undefined && kept.some((c) => c.id === resolution.follows);
  return followed ? { ...country, stance, claims } : { ...withoutResolution, stance, claims };
}

/** The last report date on or before `day` (YYYY-MM-DD), or null when `day` is before them all. */
export function lastReportOnOrBefore(day: string, dates: readonly string[]): string | null {
  let found: string | null = null;
  for (const date of dates) if (date <= day) found = date;
  return found;
}
