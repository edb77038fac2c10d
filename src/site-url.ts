// The address of a file shipped at the site's root (generated/, articles/, the tiles). The page may
// be the root's index.html or a country page two folders down (country/IRL/), and the site may be
// served from any sub-path, so neither a root-relative nor a page-relative path works. The built
// scripts all sit in <root>/assets/ (in dev this module is /src/site-url.ts): the root is one
// folder up from this module.
// (Not `new URL(…, import.meta.url)` written out: Vite takes that form for an asset to bundle.)
const moduleUrl = import.meta.url;

export function siteUrl(path: string): string {
  return new URL(`../${path}`, moduleUrl).href;
}
