// The built pages run under a strict Content-Security-Policy: no 'unsafe-inline', only our own
// files, and exactly two inline elements (the boot script and the app stylesheet, inlined to save
// a round trip before the first paint), each allowed by the sha256 of its text. The policy is
// really in force (an injected inline script or style does nothing), and it is the same in every
// page's <meta>, in dist/_headers and in any header the server sends. Every other spec also fails
// on any CSP violation or outside request, through the shared fixture.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { metaPart } from '../scripts/vite-csp-plugin.ts';
import { expect, test } from './fixtures/test.ts';

const DIST = new URL('../dist/', import.meta.url);
const PAGES = ['/', '/embed/', ...readdirSync(new URL('country/', DIST)).map((iso3) => `/country/${iso3}/`)];

/** The policy the build wrote for static hosts, as far as a <meta> can carry it. */
function headersPolicy(): string {
  const text = readFileSync(new URL('_headers', DIST), 'utf8');
  const line = text.split('\n').find((l) => /^\s*Content-Security-Policy:/i.test(l));
  if (!line) throw new Error('dist/_headers: has no Content-Security-Policy line');
  return metaPart(line.slice(line.indexOf(':') + 1).trim());
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const sources = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

test.describe('the built pages', () => {
  test('each carries the policy first in <head>, and allows exactly its two inline elements by hash', async ({
    request,
  }) => {
    const policy = headersPolicy();
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    expect(PAGES.length).toBeGreaterThan(3);
    for (const path of PAGES) {
      const response = await request.get(path);
      expect(response.ok(), path).toBe(true);
      // A policy sent as a header would apply too: it has to be the same one, hashes and all.
      const header = response.headers()['content-security-policy'];
      if (header !== undefined) expect(metaPart(header), path).toBe(policy);
      const html = await response.text();

      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      expect(meta, `${path}: the CSP <meta> is missing`).not.toBeNull();
      expect(meta?.[1]?.replace(/&#39;/g, "'"), path).toBe(policy);
      // The policy only governs what comes after it in the document.
      expect(meta?.index ?? -1, path).toBeLessThan(html.search(/<script|<style|<link rel="stylesheet"/));

      const inline = [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
        .filter(([, kind, attributes]) => !(kind === 'script' && /\ssrc=/.test(attributes ?? '')))
        .map(([whole, kind, , text]) => ({ whole, kind, text: text ?? '' }));
      expect(
        inline.map((e) => e.kind),
        `${path}: the inline elements`,
      ).toEqual(['style', 'script']);
      for (const { kind, text } of inline) {
        const hashes = sources(policy, `${kind}-src`).filter((s) => s.startsWith("'sha256-"));
        expect(hashes, `${path}: ${kind}-src`).toEqual([sha256(text)]);
      }
      expect(html).not.toMatch(/\sboot\.js|assets\/index-[\w-]+\.css/);
      // style="" in markup stays blocked (no 'unsafe-hashes'), so the pages have none.
      let markup = html;
      for (const { whole } of inline) markup = markup.replace(whole, '');
      expect(markup, path).not.toMatch(/\sstyle=/);
    }
  });

  for (const path of ['/', '/country/FRA/', '/embed/']) {
    test(`runs the inline boot script and applies the inline stylesheet, loading neither as a file (${path})`, async ({
      page,
      mapPage,
    }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(path);
      // boot.js's marks, and a rule of the app stylesheet (the prerendered page's one column).
      await expect(page.locator('html')).toHaveAttribute('data-js', '');
      await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
      const sheets = await page.evaluate(() =>
        [...document.styleSheets].map((s) => ({ node: s.ownerNode?.nodeName, rules: s.cssRules.length })),
      );
      expect(sheets[0]?.node).toBe('STYLE');
      expect(sheets[0]?.rules).toBeGreaterThan(50);
      await mapPage.waitForMapReady();
      expect(requested.filter((p) => /\/boot\.js$|\/assets\/index-[\w-]+\.css$/.test(p))).toEqual([]);
    });
  }

  test('refuses to run a script or apply a style injected into the page', async ({
    mapPage,
    page,
    guards,
  }) => {
    guards.expectError(/script-src|style-src|Content Security Policy/);
    await mapPage.goto();
    await mapPage.waitForMapReady();

    // An allowed inline script would run synchronously, during append().
    const ran = await page.evaluate(() => {
      const w = window as unknown as { injectedRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      return w.injectedRan === true;
    });
    expect(ran).toBe(false);
    const outline = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid red; }';
      document.head.append(style);
      return getComputedStyle(document.body).outlineWidth;
    });
    expect(outline).not.toBe('7px');
    await expect
      .poll(async () => (await guards.cspViolations()).map((v) => v.directive))
      .toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem']));
  });
});
