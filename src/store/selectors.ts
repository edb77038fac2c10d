// Pure derivations from the dataset's summary (or a timeline snapshot of it, which has the same
// country tables) and store state. Components memoise them on the primitives they read.
import type { Country, Stance, Supported } from '../data/schema';
import { STANCES } from '../data/stances';
import type { CountrySummary, SummaryIndex } from '../data/summary';

export interface StanceCount {
  stance: Stance;
  /** Countries with this stance in the dataset. */
  total: number;
  /** Of those, how many the current filter shows (0 when the stance is filtered out). */
  shown: number;
  active: boolean;
}

export function isShown(country: Pick<Country, 'stance'>, stances: readonly Stance[]): boolean {
  return stances.includes(country.stance);
}

/** What the selectors read: the summary, or a snapshot at one date (src/data/snapshot.ts). */
export type CountryTables = Pick<SummaryIndex, 'countries' | 'countriesByStance'>;

/** Countries the filter shows, in list order (by name). */
export function visibleCountries(index: CountryTables, stances: readonly Stance[]): CountrySummary[] {
  return index.countries.filter((c) => isShown(c, stances));
}

/** One entry per stance, in STANCES order: the legend's counts. */
export function stanceCounts(index: CountryTables, stances: readonly Stance[]): StanceCount[] {
  return STANCES.map((stance) => {
    const total = index.countriesByStance[stance].length;
    const active = stances.includes(stance);
    return { stance, total, shown: active ? total : 0, active };
  });
}

export function isDefaultFilter(stances: readonly Stance[]): boolean {
  return STANCES.every((s) => stances.includes(s));
}

/** Lowercase and strip diacritics so "turkiye" finds "Türkiye" and "cote" finds "Côte d'Ivoire". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en-GB')
    .trim();
}

/** Countries whose name (or ISO code) contains the query; an empty query matches all. */
export function searchCountries<C extends Pick<Country, 'iso3' | 'name'>>(
  countries: readonly C[],
  query: string,
): C[] {
  const q = foldForSearch(query);
  if (q === '') return [...countries];
  return countries.filter((c) => foldForSearch(c.name).includes(q) || c.iso3.toLowerCase() === q);
}

export function selectedCountry(index: SummaryIndex, selected: string | null): CountrySummary | null {
  return selected === null ? null : (index.countryByIso3.get(selected) ?? null);
}

// The country the coalition supports (Ukraine) can be selected like a member, but it has no
// stance: it has its own panel, and no stance count, filter or list of members includes it.

/** The supported country's block when it is the selection, else null. */
export function selectedSupported(
  index: { coalition: { supported: Supported } },
  selected: string | null,
): Supported | null {
  const { supported } = index.coalition;
  return selected !== null && selected === supported.iso3 ? supported : null;
}

/** What tells which countries can be opened: the summary, or the whole dataset. */
type CountryCodes = { coalition: { supported: Supported }; countryByIso3: ReadonlyMap<string, unknown> };

/** Whether a reader can open the country: a member with claims, or the supported country. */
export function opensCountry(index: CountryCodes, iso3: string): boolean {
  return index.countryByIso3.has(iso3) || iso3 === index.coalition.supported.iso3;
}

/** Every country a link, a host message or a click may select. */
export function selectableIso3(index: CountryCodes): Set<string> {
  return new Set([...index.countryByIso3.keys(), index.coalition.supported.iso3]);
}

/** The selection's name (a member's or the supported country's), or null. */
export function selectionName(index: SummaryIndex, selected: string | null): string | null {
  return selectedCountry(index, selected)?.name ?? selectedSupported(index, selected)?.name ?? null;
}
