// The built pages' Content-Security-Policy, and the two inline elements it allows by hash. In the
// built index.html (the template of every prerendered page) this plugin puts the entry's
// stylesheet and public/boot.js inline (scripts/inline-head.ts: a phone on a slow network would
// otherwise wait a round trip after the page for them before its first paint), adds the policy
// with their sha256 as the <meta> that comes first in <head>, and writes the same policy into
// dist/_headers (from scripts/_headers.template) for hosts that read it. The inlined stylesheet
// and boot.js are then not shipped as files: nothing asks for them.
// The dev server injects inline scripts of its own (React refresh preamble, Vite client), which
// this policy would block, so dev runs without it, and with boot.js and the stylesheet as files.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

import { type InlineHashes, inlineHead, withoutCommentLines } from './inline-head.ts';

/**
 * The policy, one directive per entry. Why each source is allowed:
 * - script-src 'self' + hash: our bundle, and the inline boot script (boot.js) by its sha256.
 * - worker-src 'self': MapLibre 6 starts a same-origin worker URL directly as a module worker
 *   (`new Worker(url, {type: 'module'})`); it only wraps the URL in a blob: when it is
 *   cross-origin, which ours never is, so blob: is not needed.
 * - worker-src data:: in a sandboxed embed (<iframe sandbox="allow-scripts">) the page's origin is
 *   opaque, so no URL is same-origin; MapLibre then fetches the worker script and starts it from a
 *   data: URL. Only our own script ('self') can do that: no other inline script runs here.
 * - img-src data: blob:: MapLibre decodes sprite and raster images through blob: URLs.
 * - style-src 'self' + hash: the lazy parts' stylesheet files, and the inline app stylesheet by
 *   its sha256; inline styles set from JS (element.style, as React and MapLibre do) are not
 *   subject to style-src, while style="" attributes in markup stay blocked.
 * frame-ancestors cannot be set from a <meta>; dist/_headers carries it for hosts that read it.
 */
export function cspDirectives(hashes: InlineHashes): string[] {
  const sources = (list: string[]) => list.map((s) => ` ${s}`).join('');
  return [
    "default-src 'none'",
    `script-src 'self'${sources(hashes.script)}`,
    "worker-src 'self' data:",
    "connect-src 'self'",
    `style-src 'self'${sources(hashes.style)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
}

/** The policy for pages whose inline elements have these hashes. */
export function cspPolicy(hashes: InlineHashes): string {
  return cspDirectives(hashes).join('; ');
}

const PLACEHOLDER = '{{CSP}}';
const TEMPLATE = new URL('./_headers.template', import.meta.url);

/** The _headers file: the template with the policy in its one {{CSP}}. */
export function headersFile(template: string, policy: string): string {
  if (template.split(PLACEHOLDER).length !== 2) {
    throw new Error(`scripts/_headers.template: needs exactly one ${PLACEHOLDER} for the policy`);
  }
  return template.replace(PLACEHOLDER, () => policy);
}

/** The policy's value in a _headers file (its Content-Security-Policy line), or undefined. */
export function headerValue(text: string, name: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim().toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(line.indexOf(':') + 1).trim();
}

/**
 * What of a header's policy a page's <meta> carries: all but frame-ancestors, which only works as
 * a header (a deployment may add it to scripts/_headers.template or to the built dist/_headers).
 */
export function metaPart(headerPolicy: string): string {
  return headerPolicy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^frame-ancestors\b/i.test(d))
    .join('; ');
}

/** The file that index.html loads with `<script src="./boot.js">` (public/). */
const BOOT = 'boot.js';

export function cspPlugin(): Plugin {
  let config: ResolvedConfig;
  let policy: string | undefined;
  let stylesheet: string | undefined;
  return {
    name: 'coalition-csp',
    // The browser build only: the prerender's Node build of the app has no page.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // After Vite has added the entry's <script> and stylesheet <link>, and after
      // vite-entry-first-plugin.ts has moved them (listed before this plugin in vite.config.ts).
      order: 'post',
      handler(html, ctx) {
        const css = [...(ctx.chunk?.viteMetadata?.importedCss ?? [])];
        const asset = css.length === 1 && css[0] ? ctx.bundle?.[css[0]] : undefined;
        if (!css[0] || asset?.type !== 'asset') {
          throw new Error(
            `index.html: expected the entry to have one stylesheet to inline, found ${css.length} (${css.join(', ')})`,
          );
        }
        stylesheet = css[0];
        const inlined = inlineHead(html, {
          stylesheet: { file: stylesheet, css: String(asset.source) },
          boot: {
            file: BOOT,
            js: withoutCommentLines(readFileSync(path.join(config.publicDir, BOOT), 'utf8')),
          },
        });
        policy = cspPolicy(inlined.hashes);
        return {
          html: inlined.html,
          // head-prepend: the policy must come before any script or stylesheet it governs.
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!policy || !stylesheet)
          this.error('index.html was not built, so there is no policy for _headers');
        // The inlined stylesheet's file goes, unless a chunk still names it (it would then load it).
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.code.includes(path.posix.basename(stylesheet))) {
            this.error(`${chunk.fileName} loads ${stylesheet}, which the pages carry inline`);
          }
        }
        delete bundle[stylesheet];
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: headersFile(readFileSync(TEMPLATE, 'utf8'), policy),
        });
      },
    },
    writeBundle(options) {
      // Vite copied public/ whole; the pages carry boot.js inline, so its file is not shipped.
      rmSync(path.resolve(config.root, options.dir ?? config.build.outDir, BOOT), { force: true });
    },
  };
}
