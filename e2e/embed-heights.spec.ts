// Embeds as a host page holds them: the height each frame reports (its `height` message) at the
// widths newsrooms use, and `ready` from every frame, a sandboxed one far below the fold included,
// saying which map it shows, with `select` and `filter` after it.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures/test.ts';

interface Logged {
  frame: string;
  data: { type?: string; height?: number; map?: string; iso3?: string | null };
}

/** A stand-in article on the app's own origin (the guards allow no other), holding `body`. */
async function openHostPage(page: Page, body: string): Promise<void> {
  // Every message a frame posts, by the id of the iframe it came from (before any script of ours).
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const log: Logged[] = [];
    (window as unknown as { __messages: Logged[] }).__messages = log;
    addEventListener('message', (event) => {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
      if (frame && event.data?.source === 'coalition-map') log.push({ frame: frame.id, data: event.data });
    });
  });
  await page.route('**/__test-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><link rel="icon" href="/favicon.svg"><title>Host</title></head><body style="margin:0">${body}<script src="/embed.js" async></script></body></html>`,
    }),
  );
  await page.goto('/__test-host.html');
}

function messages(page: Page, frame: string, type: string): Promise<Logged['data'][]> {
  return page.evaluate(
    ({ id, kind }) =>
      (window as unknown as { __messages: Logged[] }).__messages
        .filter((m) => m.frame === id && m.data.type === kind)
        .map((m) => m.data),
    { id: frame, kind: type },
  );
}

const frame = (id: string, width: number, extra = '') =>
  `<iframe id="${id}" src="/embed/?theme=light" title="Map" style="display:block;width:${width}px;border:0" height="800" ${extra}></iframe>`;

test('the default embed needs at most 640 px at 360 px wide and 600 px from 640 px wide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 2400 });
  await openHostPage(page, [frame('w360', 360), frame('w640', 640), frame('w800', 800)].join(''));
  const budget: Record<string, number> = { w360: 640, w640: 600, w800: 600 };
  for (const [id, most] of Object.entries(budget)) {
    await expect.poll(async () => (await messages(page, id, 'ready')).length, { timeout: 30_000 }).toBe(1);
    const heights = await messages(page, id, 'height');
    const last = heights.at(-1)?.height ?? 0;
    expect(last, `${id}: reported height`).toBeGreaterThan(300);
    expect(last, `${id}: reported height`).toBeLessThanOrEqual(most);
    // embed.js sized the frame to it, and the map inside is at least 300 px tall.
    await expect(page.locator(`iframe#${id}`)).toHaveAttribute('style', new RegExp(`height: ${last}px`));
    const map = await page.locator(`iframe#${id}`).contentFrame().locator('.map-frame').boundingBox();
    expect(map?.height ?? 0, `${id}: map height`).toBeGreaterThanOrEqual(300);
  }
});

test('a sandboxed frame far below the fold posts ready (offscreen), then select and filter; on screen it draws the WebGL map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openHostPage(
    page,
    `<div style="height:3000px">Article text.</div>${frame('below', 360, 'sandbox="allow-scripts allow-popups"')}`,
  );
  await expect
    .poll(async () => messages(page, 'below', 'ready'), { timeout: 30_000 })
    .toEqual([{ source: 'coalition-map', type: 'ready', map: 'offscreen' }]);
  await expect.poll(async () => (await messages(page, 'below', 'select')).length).toBe(1);
  expect((await messages(page, 'below', 'select'))[0]?.iso3).toBeNull();
  expect(await messages(page, 'below', 'filter')).toHaveLength(1);

  // The host drives it as usual, off screen.
  await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('iframe#below');
    target?.contentWindow?.postMessage({ source: 'coalition-map', type: 'select', iso3: 'FRA' }, '*');
  });
  await expect.poll(async () => (await messages(page, 'below', 'select')).at(-1)?.iso3).toBe('FRA');

  // Scrolled to, it builds the WebGL map; ready is not posted again.
  await page.locator('iframe#below').scrollIntoViewIfNeeded();
  const inside = page.locator('iframe#below').contentFrame();
  await expect(inside.locator('[data-testid="map"][data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  expect(await messages(page, 'below', 'ready')).toHaveLength(1);
});
