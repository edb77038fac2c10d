// The built page runs under a strict Content-Security-Policy with no inline script or style, and
// the policy is really in force (an injected inline script does not run). Every other spec also
// fails on any CSP violation or outside request, through the shared fixture.
import { CSP } from '../scripts/vite-csp-plugin.ts';
import { expect, test } from './fixtures/test.ts';

test.describe('the built page', () => {
  test('serves HTML with the policy ahead of every script, and no inline script or style', async ({
    request,
  }) => {
    const response = await request.get('/');
    expect(response.ok()).toBe(true);
    const html = await response.text();

    const metaAt = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(metaAt, 'the CSP <meta> is missing').toBeGreaterThan(0);
    // The policy only governs what comes after it in the document.
    expect(metaAt).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));

    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, 'inline script').toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<style\b|\sstyle=/);
  });

  test('carries the policy from scripts/vite-csp-plugin.ts', async ({ mapPage, page }) => {
    await mapPage.goto();
    const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(content).toBe(CSP);
  });

  test('refuses to run a script injected into the page', async ({ mapPage, page, guards }) => {
    guards.expectError(/script-src|Content Security Policy/);
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
    await expect
      .poll(async () => (await guards.cspViolations()).map((v) => v.directive))
      .toContain('script-src-elem');
  });
});
