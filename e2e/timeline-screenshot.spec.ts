// Writes docs/timeline.png, the README's picture of the timeline in use: the map replayed to
// 6 March 2025 (countries first named in April still grey, Turkey's dashed "sources differ"
// outline) with the overview's size as reported then. It checks what it pictures first.
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

import { expect, test } from './fixtures/test.ts';
import { Timeline } from './fixtures/timeline.ts';

const SCREENSHOT = fileURLToPath(new URL('../docs/timeline.png', import.meta.url));

test('docs/timeline.png shows the map as of 6 March 2025', async ({ mapPage, page }) => {
  const timeline = new Timeline(page);
  await mapPage.goto('asof=2025-03-06');
  await mapPage.waitForMapReady();
  await mapPage.waitForMapIdle();
  await expect(timeline.date).toHaveText('6 Mar 2025');
  await expect(timeline.overviewSize).toContainText('about 20');
  expect(await mapPage.featureState('DEU')).toMatchObject({ stance: 'none' });
  expect(await mapPage.featureState('TUR')).toMatchObject({ differs: true });
  await expect(timeline.root).toBeInViewport();

  const png = PNG.sync.read(await page.screenshot({ path: SCREENSHOT, animations: 'disabled' }));
  const viewport = page.viewportSize();
  expect([png.width, png.height]).toEqual([viewport?.width, viewport?.height]);
});
