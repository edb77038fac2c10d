// The story over time: a link to a date replays the map, the list and the overview as the
// sources stood then; stepping restyles the map in place (feature state, no new data); the
// timeline works from the keyboard alone, plays to the end, and also in an embed.
import { snapshotAt } from '../src/data/snapshot.ts';
import { NO_DATA_COLOR, STANCE_COLORS } from '../src/map/map-style.ts';
import { dataset, summary } from './fixtures/dataset.ts';
import { colourAt, colourDistance, hexToRgb } from './fixtures/pixels.ts';
import { expect, test } from './fixtures/test.ts';
import { Timeline } from './fixtures/timeline.ts';

const MARCH = '2025-03-06';
const early = snapshotAt(summary, MARCH);
const latest = snapshotAt(summary, null);
// A country first named in April: neutral in March, in its stance's colour by April.
const newcomer = dataset.countries.find((c) => !early.countryByIso3.has(c.iso3) && c.iso3 === 'DEU');
if (!newcomer) throw new Error('e2e/timeline.spec.ts: the dataset should name DEU only from April');

test.describe('the timeline', () => {
  test('a link to 6 March shows the March stances and a coalition of about 20', async ({ mapPage, page }) => {
    expect(dataset.dates).toEqual([MARCH, '2025-04-10']);
    const timeline = new Timeline(page);
    await mapPage.goto(`asof=${MARCH}`);
    await mapPage.waitForMapReady();

    await expect(timeline.date).toHaveText('6 Mar 2025');
    await expect(timeline.slider).toHaveValue('0');
    await expect(timeline.overviewSize).toContainText('about 20');
    await expect(timeline.overviewSize).not.toContainText('about 30');
    for (const { iso3 } of dataset.countries) {
      const stance = early.countryByIso3.get(iso3)?.stance ?? 'none';
      expect(await mapPage.featureState(iso3), iso3).toMatchObject({ stance });
    }
    await expect(mapPage.list.items).toHaveCount(early.countries.length);
    expect(early.countries.length).toBeLessThan(dataset.countries.length);
    await expect(page).toHaveURL(new RegExp(`#asof=${MARCH}$`));
  });

  test('stepping to April restyles the map in place and the overview says about 30', async ({
    mapPage,
    page,
  }) => {
    const timeline = new Timeline(page);
    await mapPage.goto(`asof=${MARCH}`);
    await mapPage.waitForMapReady();
    await mapPage.lookAt(newcomer.iso3, 4);
    const point = await mapPage.countryPoint(newcomer.iso3);
    expect(colourDistance(await colourAt(page, point), hexToRgb(NO_DATA_COLOR))).toBeLessThanOrEqual(6);
    // Count any fetching of the boundaries from here on, the camera still: restyling must not
    // need it (the tiles are drawn once and restyled through feature state).
    const tileRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/generated/tiles/')) tileRequests.push(request.url());
    });

    await timeline.stepForward();

    await expect(timeline.date).toHaveText('10 Apr 2025 (latest)');
    await expect(timeline.overviewSize).toContainText('about 30');
    const stance = latest.countryByIso3.get(newcomer.iso3)?.stance;
    if (!stance) throw new Error(`${newcomer.iso3} has no stance in the latest snapshot`);
    await expect.poll(() => mapPage.featureState(newcomer.iso3)).toMatchObject({ stance });
    await mapPage.waitForMapIdle();
    await expect
      .poll(async () => colourDistance(await colourAt(page, point), hexToRgb(STANCE_COLORS[stance])))
      .toBeLessThanOrEqual(6);
    expect(tileRequests).toEqual([]);
    await expect(mapPage.list.items).toHaveCount(latest.countries.length);
    // The latest date is the default: left out of the address; Back returns to March.
    await expect(page).not.toHaveURL(/asof=/);
    await page.goBack();
    await expect(timeline.date).toHaveText('6 Mar 2025');
    await expect.poll(() => mapPage.featureState(newcomer.iso3)).toMatchObject({ stance: 'none' });
  });

  test('works from the keyboard alone', async ({ mapPage, page }) => {
    const timeline = new Timeline(page);
    await mapPage.goto();
    await mapPage.waitForMapReady();
    const tabTo = async (testId: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
        if (at === testId) return;
      }
      throw new Error(`Tab never reached ${testId}`);
    };

    await tabTo('timeline.slider');
    await page.keyboard.press('ArrowLeft');
    await expect(timeline.date).toHaveText('6 Mar 2025');
    await expect(timeline.overviewSize).toContainText('about 20');
    await page.keyboard.press('ArrowRight');
    await expect(timeline.date).toHaveText('10 Apr 2025 (latest)');

    await page.keyboard.press('Shift+Tab');
    await expect(timeline.prev).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(timeline.date).toHaveText('6 Mar 2025');
    await tabTo('timeline.next');
    await page.keyboard.press('Space');
    await expect(timeline.date).toHaveText('10 Apr 2025 (latest)');
    // At the end Next stays focusable (aria-disabled), and does nothing.
    await expect(timeline.next).toBeFocused();
    await expect(timeline.next).toHaveAttribute('aria-disabled', 'true');
  });

  test('Play replays from the first date and stops at the last, also with reduced motion', async ({
    mapPage,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const timeline = new Timeline(page);
    await mapPage.goto();
    await mapPage.waitForMapReady();

    await timeline.play.click();
    await expect(timeline.date).toHaveText('6 Mar 2025');
    await expect(timeline.play).toHaveText('Pause');
    await expect(timeline.date).toHaveText('10 Apr 2025 (latest)', { timeout: 5000 });
    await expect(timeline.play).toHaveText('Play');
    expect(await mapPage.featureState(newcomer.iso3)).toMatchObject({ stance: 'other-support' });
  });

  test('a date between two reports shows the one before it, and says so', async ({ mapPage, page }) => {
    const timeline = new Timeline(page);
    await mapPage.goto('asof=2025-03-20');
    await mapPage.waitForMapReady();
    await expect(mapPage.notice).toHaveCount(1);
    await expect(mapPage.notice).toContainText('showing 2025-03-06');
    await expect(timeline.date).toHaveText('6 Mar 2025');
    await expect(page).toHaveURL(/#asof=2025-03-06$/);
  });

  test('a date that is not a date is ignored with a notice', async ({ mapPage, page }) => {
    const timeline = new Timeline(page);
    await mapPage.goto('asof=yesterday');
    await mapPage.waitForMapReady();
    await expect(mapPage.notice).toHaveCount(1);
    await expect(mapPage.notice).toContainText('yesterday');
    await expect(timeline.date).toHaveText('10 Apr 2025 (latest)');
    await expect(page).not.toHaveURL(/asof/);
  });

  test('works in an embed, compact', async ({ mapPage, page }) => {
    const timeline = new Timeline(page);
    await mapPage.goto(`asof=${MARCH}`, 'embed=1');
    await mapPage.waitForMapReady();
    await expect(timeline.root).toHaveClass(/timeline-compact/);
    await expect(timeline.date).toHaveText('6 Mar 2025');
    await timeline.stepForward();
    await expect(timeline.date).toHaveText('10 Apr 2025 (latest)');
    await expect.poll(() => mapPage.featureState(newcomer.iso3)).toMatchObject({ stance: 'other-support' });
  });
});
