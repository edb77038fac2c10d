// The copy-paste code a newsroom puts in its article: an iframe of the current view and the
// optional resize script. Pure, so every case (sub-paths, hashes, odd characters) is unit-tested.
import type { ThemeName } from '../theme/palette';

/** Where the app is served from: the parts of `location` the snippet needs. */
export interface AppLocation {
  origin: string;
  pathname: string;
}

export interface SnippetOptions {
  /** The view to embed, as the app writes it: "" or "#country=GBR&stance=troops". */
  hash: string;
  /** What a screen reader announces for the frame. */
  title: string;
  /** Height before embed.js (if present) sets the real one; a typical result avoids a jump. */
  height?: number;
  /** `?theme=` for the frame, to match the host page; null follows the reader's system setting. */
  theme?: ThemeName | null;
}

/** Measured: 780-860 px from 320 to 640 px wide (stacked layout), 550-710 px wider. */
export const DEFAULT_EMBED_HEIGHT = 800;

/**
 * The site's root page, without index.html, so "/maps/index.html" and "/maps/" embed the same URL,
 * and from a country's page (/maps/country/IRL/) too: the view's hash names the country.
 */
function appPath(pathname: string): string {
  return pathname
    .replace(/\/index\.html$/, '/')
    .replace(/\/country\/[A-Za-z]{3}\/$/, '/')
    .replace(/\/embed\/$/, '/');
}

/** "#a=b" from "a=b" or "#a=b"; "" for no view. */
function normalHash(hash: string): string {
  if (hash === '' || hash === '#') return '';
  return hash.startsWith('#') ? hash : `#${hash}`;
}

/**
 * The embed URL: the site's embed page (`embed/`, prerendered in the embed's layout), the theme if
 * one is chosen (no other parameter, so no tracking tag is copied along), and the same view.
 */
export function embedSrc(location: AppLocation, hash: string, theme: ThemeName | null = null): string {
  const query = theme ? `?theme=${theme}` : '';
  return `${location.origin}${appPath(location.pathname)}embed/${query}${normalHash(hash)}`;
}

/** The full (non-embed) page for a view, in the same theme: what "Open full map" links to. */
export function fullMapHref(location: AppLocation, hash: string, theme: ThemeName | null = null): string {
  const query = theme ? `?theme=${theme}` : '';
  return `${location.origin}${appPath(location.pathname)}${query}${normalHash(hash)}`;
}

/** embed.js sits next to index.html (it is copied from public/), wherever the app is served. */
export function embedScriptSrc(location: AppLocation): string {
  return new URL('embed.js', `${location.origin}${appPath(location.pathname)}`).href;
}

/** For attribute values in double quotes: the snippet is pasted into HTML, so escape all four. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function iframeSnippet(location: AppLocation, options: SnippetOptions): string {
  const height = options.height ?? DEFAULT_EMBED_HEIGHT;
  if (!Number.isInteger(height) || height < 100) {
    throw new RangeError(`iframeSnippet: height must be a whole number of pixels ≥ 100, got ${height}`);
  }
  const attributes = [
    `src="${escapeAttribute(embedSrc(location, options.hash, options.theme ?? null))}"`,
    `title="${escapeAttribute(options.title)}"`,
    'width="100%"',
    `height="${height}"`,
    'style="width:100%;border:0"',
    'loading="lazy"',
    'data-coalition-map',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

export function scriptSnippet(location: AppLocation): string {
  return `<script src="${escapeAttribute(embedScriptSrc(location))}" async></script>`;
}

/** Both lines, as the dialog shows and copies them. */
export function fullSnippet(location: AppLocation, options: SnippetOptions): string {
  return `${iframeSnippet(location, options)}\n${scriptSnippet(location)}`;
}
