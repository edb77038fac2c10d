// The <head> of each prerendered page: its title, and what a search engine or a link preview reads.
import type { DatasetIndex } from '../../src/data/indexes.ts';
import { STANCE_LABELS } from '../../src/data/stances.ts';

const SITE_TITLE = `Coalition Map: who backs Ukraine's "coalition of the willing" (2025)`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageHeadFor(
  dataset: DatasetIndex,
  country: string | null,
  _siteUrl: string | undefined,
): string {
  if (country === null) return `<title>${escapeHtml(SITE_TITLE)}</title>`;
  const entry = dataset.countryByIso3.get(country);
  const name = entry?.name ?? dataset.coalition.supported.name;
  const stance = entry ? STANCE_LABELS[entry.stance] : 'the country the coalition supports';
  return `<title>${escapeHtml(`${name}: ${stance} · ${SITE_TITLE}`)}</title>`;
}
