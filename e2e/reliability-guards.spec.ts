// The guards every test runs under (e2e/fixtures/guards.ts) really catch what they promise: a CSP
// violation, a request to another origin, a console error and an uncaught exception each become
// a problem that fails the test, unless the test declared it expected. Exercised on a second
// browser context with its own guards, so the misbehaviour does not fail this test itself.
import type { Browser } from '@playwright/test';

import { PageGuards } from './fixtures/guards.ts';
import { expect, test } from './fixtures/test.ts';

async function guardedPage(browser: Browser, baseURL: string | undefined) {
  if (!baseURL) throw new Error('playwright.config.ts: use.baseURL is not set');
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const guards = await PageGuards.attach(page, baseURL);
  return { page, guards, close: () => context.close() };
}

test('a CSP violation on the built page is a problem, unless expected', async ({ browser, baseURL }) => {
  const { page, guards, close } = await guardedPage(browser, baseURL);
  try {
    await page.goto('/');
    await page.getByTestId('map').waitFor();
    expect(await guards.problems()).toEqual([]);

    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = 1';
      document.body.append(script);
    });
    // Recorded twice: by the securitypolicyviolation event and by the browser's console message.
    await expect
      .poll(() => guards.problems())
      .toEqual([
        expect.stringMatching(/^CSP violation: script-src/),
        expect.stringMatching(/^console\.error: .*Content Security Policy/),
      ]);
    guards.expectError(/script-src|Content Security Policy/);
    expect(await guards.problems()).toEqual([]);
  } finally {
    await close();
  }
});

test('a request to another origin is a problem, and cannot be expected away', async ({
  browser,
  baseURL,
}) => {
  const { page, guards, close } = await guardedPage(browser, baseURL);
  try {
    // The host example page has no CSP of its own, so the browser does send this request.
    await page.goto('/embed-example.html');
    await page.evaluate(() => fetch('http://127.0.0.2:9/beacon').catch(() => undefined));
    guards.expectError(/.*/);
    await expect
      .poll(() => guards.problems())
      .toEqual([expect.stringMatching(/^request to another origin: GET http:\/\/127\.0\.0\.2:9\/beacon/)]);
  } finally {
    await close();
  }
});

test('a console error and an uncaught exception are problems, unless expected', async ({
  browser,
  baseURL,
}) => {
  const { page, guards, close } = await guardedPage(browser, baseURL);
  try {
    await page.goto('/embed-example.html');
    await page.evaluate(() => {
      console.error('something broke');
      setTimeout(() => {
        throw new TypeError('nobody caught this');
      });
    });
    await expect
      .poll(() => guards.problems())
      .toEqual([
        expect.stringMatching(/^console\.error: something broke/),
        'uncaught TypeError: nobody caught this',
      ]);
    guards.expectError(/something broke/);
    expect(await guards.problems()).toEqual(['uncaught TypeError: nobody caught this']);
  } finally {
    await close();
  }
});
