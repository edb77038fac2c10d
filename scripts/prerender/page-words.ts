// The words a page's share picture and <head> say about its subject: whose page it is, its stance
// in the legend's words, and which reports the page's claims cite. Pure, from the dataset index.
import type { DatasetIndex } from '../../src/data/indexes.ts';
import type { Source, SourceKind, Stance } from '../../src/data/schema.ts';
import { STANCE_LABELS } from '../../src/data/stances.ts';

/** What the supported country (Ukraine) is in words: it has no stance. */
export const SUPPORTED_WORDS = 'The country the coalition supports';

/** The subject of a page: the overview, a member country, or the supported country. */
export type PageSubject =
  | { kind: 'overview' }
  | { kind: 'country'; iso3: string; name: string; stance: Stance }
  | { kind: 'supported'; iso3: string; name: string };

/** The subject of `country/<iso3>/` (a member or the supported country); throws for any other code. */
export function subjectOf(index: DatasetIndex, iso3: string | null): PageSubject {
  if (iso3 === null) return { kind: 'overview' };
  const supported = index.coalition.supported;
  if (iso3 === supported.iso3) return { kind: 'supported', iso3, name: supported.name };
  const country = index.countryByIso3.get(iso3);
  if (!country) throw new Error(`page for ${iso3}: not a country of data/coalition.json`);
  return { kind: 'country', iso3, name: country.name, stance: country.stance };
}

/** "Troops", "Named, no stated commitment", or the supported country's role. */
export function stanceWords(subject: Exclude<PageSubject, { kind: 'overview' }>): string {
  return subject.kind === 'supported' ? SUPPORTED_WORDS : STANCE_LABELS[subject.stance];
}

/** The sources a page cites: its country's claims' or statements' evidence; every source for the overview. */
export function citedSources(index: DatasetIndex, subject: PageSubject): Source[] {
  const evidence =
    subject.kind === 'overview'
      ? null
      : subject.kind === 'supported'
        ? index.coalition.supported.statements.flatMap((s) => s.evidence)
        : (index.countryByIso3.get(subject.iso3)?.claims ?? []).flatMap((c) => c.evidence);
  if (evidence === null) return [...index.sources];
  const ids = new Set(evidence.map((e) => e.source));
  // In the dataset's order of sources, each once.
  return index.sources.filter((s) => ids.has(s.id));
}

const KIND_WORDS: Record<SourceKind, [one: string, many: string]> = {
  original: ['original report', 'original reports'],
  rewrite: ['rewrite', 'rewrites'],
  'machine-translation': ['machine translation', 'machine translations'],
};

/** "2 rewrites", with a no-break space so a line never ends on the bare number. */
const plural = (n: number, [one, many]: readonly [string, string]) => `${n}\u00a0${n === 1 ? one : many}`;

/**
 * "Sources: 2 news reports (1 rewrite, 1 machine translation)": publishers by name where the
 * dataset knows them; the others counted by grade, as the app grades them (never a publisher the
 * data does not name).
 */
export function sourceLine(sources: readonly Source[]): string {
  if (sources.length === 0) throw new Error('sourceLine: a page with claims cites at least one source');
  const publishers = [...new Set(sources.flatMap((s) => (s.publisher === null ? [] : [s.publisher])))];
  const unnamed = sources.filter((s) => s.publisher === null);
  const grades = (Object.keys(KIND_WORDS) as SourceKind[])
    .map((kind) => [kind, unnamed.filter((s) => s.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => plural(n, KIND_WORDS[kind]))
    .join(', ');
  const reports = (n: number, other: boolean) =>
    plural(n, other ? ['other news report', 'other news reports'] : ['news report', 'news reports']);
  const counted = unnamed.length === 0 ? '' : `${reports(unnamed.length, publishers.length > 0)} (${grades})`;
  return `Sources: ${[publishers.join(', '), counted].filter((part) => part !== '').join('; ')}`;
}

/** `text` cut at a word boundary so that with the ellipsis it is at most `max` characters. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max); // leaves one character for the ellipsis
  const cut = room.lastIndexOf(' ');
  const head = (cut > 0 ? room.slice(0, cut) : room.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/, '');
  return `${head}…`;
}

/** What the share picture shows, in words (its <title> and the page's og:image:alt). */
export function pictureAlt(subject: PageSubject): string {
  if (subject.kind === 'overview') {
    return 'Map of the countries the sources name, coloured by stance, with the number of countries per stance';
  }
  const words = stanceWords(subject);
  const lead = subject.kind === 'supported' ? 'Map of the coalition' : 'Map';
  return `${lead} with ${subject.name} outlined. ${subject.name}: ${subject.kind === 'supported' ? words.toLowerCase() : words}`;
}
