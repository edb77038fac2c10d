import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import {
  checkPage,
  cspHash,
  directiveSources,
  inlineElements,
  inlineHead,
  inlineText,
  metaPolicy,
  withoutCommentLines,
} from './inline-head.ts';
import { cspPolicy } from './vite-csp-plugin.ts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
    <link rel="icon" type="image/svg+xml" href="favicon.svg" />
    <script src="./boot.js"></script>
    <title>Map</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

const CSS = '.app{color:red}\n';
const JS = "document.documentElement.dataset.js = '';\n";
const PARTS = { stylesheet: { file: 'assets/index-def.css', css: CSS }, boot: { file: 'boot.js', js: JS } };

/** A page as the build writes it: the inlined template with its policy's <meta> first in <head>. */
function builtPage(): { html: string; policy: string } {
  const { html, hashes } = inlineHead(BUILT, PARTS);
  const policy = cspPolicy(hashes);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">`;
  return { html: html.replace('<head>', `<head>\n    ${meta}`), policy };
}

describe('cspHash', () => {
  it('is the base64 sha256 of the UTF-8 bytes, as a CSP source', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const bytes = createHash('sha256').update(Buffer.from('é–', 'utf8')).digest('base64');
    expect(cspHash('é–')).toBe(`'sha256-${bytes}'`);
  });

  it('changes with any one byte, even one the page would not show', () => {
    expect(cspHash(CSS)).not.toBe(cspHash(CSS.replace('red', 'ree')));
    expect(cspHash(CSS)).not.toBe(cspHash(CSS.trimEnd()));
  });
});

describe('inlineHead', () => {
  it("replaces the stylesheet link and boot.js's script by their text, in place", () => {
    const { html, hashes } = inlineHead(BUILT, PARTS);
    expect(html).not.toContain('index-def.css');
    expect(html).not.toContain('boot.js');
    const order = [
      'index-abc.js',
      `<style>${CSS}</style>`,
      'favicon.svg',
      `<script>${JS}</script>`,
      '<title>',
    ];
    const at = order.map((needle) => html.indexOf(needle));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(hashes).toEqual({ script: [cspHash(JS)], style: [cspHash(CSS)] });
  });

  it('hashes the bytes it inlines: line ends the parser would change are made LF first', () => {
    const { html, hashes } = inlineHead(BUILT, {
      ...PARTS,
      boot: { file: 'boot.js', js: 'a();\r\nb();\r\n' },
    });
    expect(html).toContain('<script>a();\nb();\n</script>');
    expect(hashes.script).toEqual([cspHash('a();\nb();\n')]);
  });

  it('names the page and the tag when it is not there exactly once', () => {
    const noLink = BUILT.replace(/<link rel="stylesheet"[^>]*>/, '');
    expect(() => inlineHead(noLink, PARTS)).toThrow(
      /index\.html: expected the stylesheet <link href="\.\/assets\/index-def\.css"> once, found it 0 times/,
    );
    const twice = BUILT.replace('<title>', '<script src="./boot.js"></script><title>');
    expect(() => inlineHead(twice, PARTS)).toThrow(/<script src="\.\/boot\.js"> once, found it 2 times/);
  });
});

describe('inlineText', () => {
  it('refuses text that would end its element early, naming the file', () => {
    expect(() => inlineText('style', 'assets/a.css', 'a{}</STYLE><script>x()</script>')).toThrow(
      /assets\/a\.css: contains "<\/style"/,
    );
    expect(() => inlineText('script', 'boot.js', 'let s = "</script>"')).toThrow(
      /boot\.js: contains "<\/script"/,
    );
    expect(() => inlineText('script', 'boot.js', 'if (a <!--b) {}')).toThrow(/boot\.js: contains "<!--"/);
  });

  it('refuses a stylesheet address that would resolve against each page instead', () => {
    for (const css of [
      '@font-face{src:url(./inter.woff2)}',
      "a{background:url('../img/x.png')}",
      'a{background:url( "x.svg" )}',
      '@import "more.css";',
    ]) {
      expect(() => inlineText('style', 'assets/index-def.css', css), css).toThrow(
        /assets\/index-def\.css: .* would resolve against each page's address/,
      );
    }
    const fine = 'a{background:url("data:image/svg+xml,%3Csvg%3E")}b{mask:url(#m)}';
    expect(inlineText('style', 'assets/index-def.css', fine)).toBe(fine);
  });
});

describe('withoutCommentLines', () => {
  it('drops whole-line comments only', () => {
    const js = "// why\n(() => {\n  // more\n  const u = 'http://x'; // kept\n})();\n";
    expect(withoutCommentLines(js)).toBe("(() => {\n  const u = 'http://x'; // kept\n})();\n");
  });
});

describe('checkPage', () => {
  it('passes a page whose inline elements are exactly the hashed ones', () => {
    const { html, policy } = builtPage();
    expect(metaPolicy(html)).toBe(policy);
    expect(inlineElements(html).map((e) => e.kind)).toEqual(['style', 'script']);
    expect(() => checkPage('index.html', html, policy)).not.toThrow();
  });

  it('fails, naming the page, when an inline text changed after it was hashed', () => {
    const { html, policy } = builtPage();
    const changed = html.replace('color:red', 'color:blue');
    expect(() => checkPage('country/FRA/index.html', changed, policy)).toThrow(
      /country\/FRA\/index\.html: an inline <style> .* which style-src does not list/,
    );
    const script = html.replace("dataset.js = ''", "dataset.js = '1'");
    expect(() => checkPage('embed/index.html', script, policy)).toThrow(
      /embed\/index\.html: an inline <script> .* which script-src does not list/,
    );
  });

  it('fails on an inline element nobody hashed, and on a hash no element has', () => {
    const { html, policy } = builtPage();
    const extra = html.replace('</body>', '<script>alert(1)</script></body>');
    expect(() => checkPage('index.html', extra, policy)).toThrow(/index\.html: an inline <script>/);
    const styleless = html.replace(/<style>[^<]*<\/style>/, '');
    expect(() => checkPage('index.html', styleless, policy)).toThrow(
      /index\.html: style-src allows 'sha256-[^']+', which no inline <style> of the page has/,
    );
  });

  it("fails when the page's policy is not the site's, or comes after what it governs", () => {
    const { html, policy } = builtPage();
    expect(() => checkPage('index.html', html, `${policy}; frame-ancestors 'none'`)).toThrow(
      /index\.html: its Content-Security-Policy is/,
    );
    const late = html.replace(/(<meta http-equiv[^>]*>)([\s\S]*)(<title>)/, '$2$1$3');
    expect(() => checkPage('index.html', late, policy)).toThrow(/comes before the Content-Security-Policy/);
    expect(() => checkPage('index.html', BUILT, policy)).toThrow(
      /index\.html: has no Content-Security-Policy/,
    );
  });
});

describe('directiveSources', () => {
  it("reads one directive's sources", () => {
    const policy = "default-src 'none'; script-src 'self' 'sha256-a'; style-src 'self'";
    expect(directiveSources(policy, 'script-src')).toEqual(["'self'", "'sha256-a'"]);
    expect(directiveSources(policy, 'img-src')).toEqual([]);
  });
});
