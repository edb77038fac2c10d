// Adds the Content-Security-Policy <meta> to the BUILT index.html only. The dev server injects an
// inline script (React refresh preamble, Vite client), which this policy would block, so dev runs
// without it; the build has no inline script and gets the strict policy.
import type { Plugin } from 'vite';

/**
 * The policy, one directive per entry. Why each source is allowed:
 * - worker-src 'self': MapLibre 6 starts a same-origin worker URL directly as a module worker
 *   (`new Worker(url, {type: 'module'})`); it only wraps the URL in a blob: when it is
 *   cross-origin, which ours never is, so blob: is not needed.
 * - worker-src data:: in a sandboxed embed (<iframe sandbox="allow-scripts">) the page's origin is
 *   opaque, so no URL is same-origin; MapLibre then fetches the worker script and starts it from a
 *   data: URL. Only our own script ('self') can do that: no inline script runs here.
 * - img-src data: blob:: MapLibre decodes sprite and raster images through blob: URLs.
 * - style-src 'self': styles come from the bundled CSS file; inline styles set from JS
 *   (element.style, as React and MapLibre do) are not subject to style-src.
 * frame-ancestors cannot be set from a <meta>; public/_headers carries it for hosts that read it.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' data:",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

export const CSP = CSP_DIRECTIVES.join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'coalition-csp',
    apply: 'build',
    transformIndexHtml() {
      // head-prepend: the policy must come before any script or stylesheet it governs.
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
