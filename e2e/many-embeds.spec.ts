// Ten embeds on one long page (public/embed-many.html). Browsers cap live WebGL contexts (Chromium
// about 16) and silently drop the oldest, leaving a blank map; so each embed builds its WebGL map
// only near the screen and releases it far away, with the static map meanwhile. Scrolling down
// through the page: every frame gets ready and answers a select message, a frame far above is
// released (static map, no canvas), and only a few WebGL maps are alive at any time.
import type { FrameLocator, Page } from '@playwright/test';

import { expect, test } from './fixtures/test.ts';

const FRAMES = 10;
/** Live WebGL maps allowed at once: what is near one 800 px screen, with margin to spare. */
const MAX_LIVE = 6;
/** A country for each frame to select: every frame answers, the released ones included. */
const PICKS = ['FRA', 'GBR', 'DEU', 'TUR', 'AUS', 'IRL', 'CAN', 'USA', 'NLD', 'SWE'] as const;

const frameId = (i: number) => `map-${i}`;

function inside(page: Page, i: number): FrameLocator {
  return page.frameLocator(`iframe#${frameId(i)}`);
}

/**
 * Live WebGL maps on the page now: canvases MapLibre made, in every frame. Read from the host page
 * (the frames are same-origin here), so frames not loaded yet simply count none.
 */
async function liveMaps(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll('iframe')].reduce(
      (sum, iframe) =>
        sum + (iframe.contentDocument?.querySelectorAll('canvas.maplibregl-canvas').length ?? 0),
      0,
    ),
  );
}

async function bringIntoView(page: Page, i: number): Promise<void> {
  await page.locator(`iframe#${frameId(i)}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Drives a frame through embed.js, as a host page script would. */
async function select(page: Page, i: number, iso3: string): Promise<void> {
  await page.evaluate(
    ({ id, code }) => {
      const api = (window as unknown as { CoalitionMap?: { select: (f: Element, c: string) => void } })
        .CoalitionMap;
      const iframe = document.getElementById(id);
      if (!api || !iframe) throw new Error('embed.js has not loaded, or the iframe is missing');
      api.select(iframe, code);
    },
    { id: frameId(i), code: iso3 },
  );
}

test('ten embeds: each gets ready and answers, far ones are released, few WebGL maps live at once', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Chromium says so on the console when it drops a context over the cap; MapLibre when a map loses one.
  const contextWarnings: string[] = [];
  page.on('console', (message) => {
    if (/too many active webgl contexts|context lost/i.test(message.text()))
      contextWarnings.push(message.text());
  });
  await page.goto('/embed-many.html');
  await page.waitForFunction(() => 'CoalitionMap' in window);

  let mostLive = 0;
  for (let i = 1; i <= FRAMES; i++) {
    await bringIntoView(page, i);
    await expect(page.getByTestId(`status-${i}`)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    // ready may have come from the paused (offscreen) map; in view, the WebGL map is built.
    await expect(inside(page, i).locator('[data-testid="map"][data-ready="true"]')).toHaveCount(1, {
      timeout: 60_000,
    });

    const iso3 = PICKS[i - 1] ?? 'FRA';
    await select(page, i, iso3);
    await expect(inside(page, i).getByTestId('panel.country-name')).not.toBeEmpty();
    await expect(page.getByTestId(`status-${i}`)).toHaveAttribute('data-selected', iso3);

    const live = await liveMaps(page);
    mostLive = Math.max(mostLive, live);
    expect(live, `live WebGL maps with frame ${i} in view`).toBeLessThanOrEqual(MAX_LIVE);
  }
  expect(mostLive).toBeGreaterThan(0);

  // The first frame is far above now: released, its static map standing in, still answering.
  const first = inside(page, 1);
  await expect(first.getByTestId('map-paused')).toBeVisible();
  await expect(first.locator('canvas')).toHaveCount(0);
  await expect(first.locator('[data-ready="true"]')).toHaveCount(0);
  await expect(first.getByTestId('static-map').locator('path[data-iso3]').first()).toBeAttached();
  await select(page, 1, 'RUS');
  await expect(first.getByTestId('panel.country-name')).toHaveText('Russia');

  // Back up: it is built again, showing what was selected while it was away.
  await bringIntoView(page, 1);
  await expect(first.locator('[data-testid="map"][data-ready="true"]')).toHaveCount(1, { timeout: 60_000 });
  await expect(first.getByTestId('map-paused')).toHaveCount(0);
  await expect(first.getByTestId('panel.country-name')).toHaveText('Russia');
  expect(await liveMaps(page)).toBeLessThanOrEqual(MAX_LIVE);

  // No frame is blank: each shows a live map or the static one, and none lost its context.
  for (let i = 1; i <= FRAMES; i++) {
    const frame = inside(page, i);
    await expect(
      frame.locator('[data-testid="map"][data-ready="true"], [data-testid="static-map"]'),
    ).toHaveCount(1);
    await expect(frame.locator('body')).not.toContainText(/context lost/i);
  }
  expect(contextWarnings).toEqual([]);
});
