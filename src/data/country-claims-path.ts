// Where each country's claims are published: one JSON file per country (the Country entry of
// data/coalition.json, claims and quotes), under a folder named by a hash of the dataset. A new
// dataset is a new folder, so a host may cache the files for good and a page never pairs the
// summary of one build with the claims of another. Shared by the build that writes them
// (scripts/vite-country-claims-plugin.ts) and the app that fetches them (claims.ts).

/** The file of one country's claims, under the site's root. */
export function countryClaimsPath(version: string, iso3: string): string {
  return `claims/${version}/${iso3}.json`;
}
