// Which page of the site the address is: the overview (the site's root, `index.html`) or a
// country's own page (`country/IRL/`), prerendered with that country selected. Pure functions of
// the path, like url.ts is of the hash: the page's country is the default selection, and the hash
// (url.ts) says the rest. Whatever the reader does next is written at the site's root, so the
// address never names two countries (`country/IRL/#country=FRA`).
export interface PagePath {
  /** The site's root path, with its trailing slash (`/` or `/maps/coalition/`). */
  root: string;
  /** The country this page is about (an ISO3 code the data has), or null: the overview. */
  country: string | null;
}

const COUNTRY_PAGE = /^(.*\/)country\/([A-Za-z]{3})\/(?:index\.html)?$/;

/** The page a path is. A country page for a code the data does not have reads as the overview. */
export function readPagePath(
  pathname: string,
  ctx: { countries: readonly { iso3: string }[]; supports?: string | undefined },
): PagePath {
  const match = COUNTRY_PAGE.exec(pathname);
  if (!match) return { root: pathname.replace(/[^/]*$/, ''), country: null };
  const root = match[1] ?? '/';
  const code = (match[2] ?? '').toUpperCase();
  const known = code === ctx.supports || ctx.countries.some((c) => c.iso3 === code);
  return { root, country: known ? code : null };
}

/** A country's page, relative to the site's root: `country/IRL/`. */
export function countryPagePath(iso3: string): string {
  return `country/${iso3}/`;
}

/**
 * The address (path, query, hash) that shows a view, from a page: the page itself when it is the
 * view's country's page (`hash` written without the country, the page's default), else the site's root.
 */
export function addressFor(
  page: PagePath,
  search: string,
  selected: string | null,
  hashFor: (pageCountry: string | null) => string,
): string {
  if (page.country !== null && selected === page.country) {
    return `${page.root}${countryPagePath(page.country)}${search}${hashFor(page.country)}`;
  }
  return `${page.root}${search}${hashFor(null)}`;
}
