// The map embedded in a host page, through real iframes: e2e/../public/embed-example.html holds
// two embeds side by side and a sandboxed one, includes embed.js, and logs every message it gets.
import type { Frame, Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures/test.ts';
import type { TestWindow } from './fixtures/test-hooks.ts';

const HOST_PAGE = '/embed-example.html';

type FrameId = 'map-a' | 'map-b' | 'map-c';

class HostPage {
  readonly log: Locator;
  constructor(readonly page: Page) {
    this.log = page.getByTestId('host-log');
  }

  async goto(): Promise<void> {
    await this.page.goto(HOST_PAGE);
  }

  iframe(id: FrameId): Locator {
    return this.page.locator(`iframe#${id}`);
  }

  /** The embedded map's own page, to find things in it as a reader sees them. */
  inside(id: FrameId) {
    const frame = this.iframe(id).contentFrame();
    return {
      panelName: frame.getByTestId('panel.country-name'),
      panel: frame.getByTestId('panel'),
      map: frame.getByTestId('map'),
      fullMapLink: frame.getByTestId('embed.open-full'),
    };
  }

  /** The frame as a Playwright Frame, to evaluate in it. */
  async frame(id: FrameId): Promise<Frame> {
    const frame = await (await this.iframe(id).elementHandle())?.contentFrame();
    if (!frame) throw new Error(`iframe#${id} has no content frame`);
    return frame;
  }

  /** Lazy frames load only near the viewport: bring one in, then wait for its `ready`. */
  async waitForReady(id: FrameId): Promise<void> {
    await this.iframe(id).scrollIntoViewIfNeeded();
    // Generous: up to three software-rendered WebGL maps start at once on this page.
    await expect(this.messages(id, 'ready')).toHaveCount(1, { timeout: 30_000 });
  }

  messages(id: FrameId, type: string): Locator {
    return this.log.locator(`li[data-frame="${id}"][data-type="${type}"]`);
  }

  /** The iframe's height on the host page and what the document inside it needs. */
  async sizes(id: FrameId) {
    const iframeHeight = await this.iframe(id).evaluate((el) => el.getBoundingClientRect().height);
    const inner = await (await this.frame(id)).evaluate(() => ({
      content: Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
      scroll: document.documentElement.scrollHeight,
    }));
    return { iframeHeight, ...inner, fits: iframeHeight === inner.content && inner.scroll === inner.content };
  }

  /** Clicks a country inside a frame where a reader would: iframe position + position in the frame. */
  async clickCountry(id: FrameId, iso3: string): Promise<void> {
    await this.iframe(id).scrollIntoViewIfNeeded();
    // A frame that loaded off screen reported ready with its paused map; in view it builds WebGL.
    await this.iframe(id)
      .contentFrame()
      .locator('[data-testid="map"][data-ready="true"]')
      .waitFor({ timeout: 30_000 });
    const frame = await this.frame(id);
    const point = await frame.evaluate(
      (code) => (window as unknown as TestWindow).__coalition?.project(code),
      iso3,
    );
    if (!point) throw new Error(`${iso3} is not on the map in ${id}`);
    const box = await this.iframe(id).boundingBox();
    if (!box) throw new Error(`iframe#${id} is not visible`);
    await this.page.mouse.click(box.x + point.x, box.y + point.y);
  }
}

/** A message as the host log prints it. */
const logged = (id: FrameId, message: object) =>
  `${id}: ${JSON.stringify({ source: 'coalition-map', ...message })}`;

test.describe('embedded in a host page', () => {
  let host: HostPage;

  test.beforeEach(async ({ page }) => {
    host = new HostPage(page);
    await host.goto();
    await host.waitForReady('map-a');
    await host.waitForReady('map-b');
  });

  test('each frame sizes itself to its content', async () => {
    for (const id of ['map-a', 'map-b'] as const) {
      // embed.js sets the height the frame reported; the frame then shows all of it, no scroll bar.
      await expect.poll(() => host.sizes(id)).toMatchObject({ fits: true });
      const { iframeHeight } = await host.sizes(id);
      // The page's iframes have no style attribute: an inline height can only come from embed.js.
      expect(await host.iframe(id).evaluate((el) => el.style.height)).toBe(`${iframeHeight}px`);
      await expect(host.messages(id, 'height').last()).toHaveText(
        logged(id, { type: 'height', height: iframeHeight }),
      );
    }
  });

  test('the view in the link is the view in the frame, and the host is told', async () => {
    await expect(host.inside('map-b').panelName).toHaveText('United Kingdom');
    await expect(host.log).toContainText(logged('map-b', { type: 'select', iso3: 'GBR' }));
    await expect(host.log).toContainText(logged('map-b', { type: 'filter', stances: ['troops'] }));
  });

  test('clicking a country in a frame selects it and the host hears of it', async () => {
    await host.clickCountry('map-a', 'DEU');
    await expect(host.inside('map-a').panelName).toHaveText('Germany');
    await expect(host.log).toContainText(logged('map-a', { type: 'select', iso3: 'DEU' }));
    // The other embed is a separate map: untouched.
    await expect(host.inside('map-b').panelName).toHaveText('United Kingdom');
  });

  test('the host can select a country, and the frame reports it back', async ({ page }) => {
    await page.getByTestId('host.select-fra').click();
    await expect(host.inside('map-a').panelName).toHaveText('France');
    await expect(host.log).toContainText(logged('map-a', { type: 'select', iso3: 'FRA' }));
    // The frame did not take the reader's focus away from the host page.
    await expect(page.getByTestId('host.select-fra')).toBeFocused();
  });

  test('a malformed message changes nothing', async ({ page }) => {
    await page.getByTestId('host.select-fra').click();
    await expect(host.inside('map-a').panelName).toHaveText('France');
    const before = await host.log.locator('li[data-frame="map-a"]').count();

    await page.getByTestId('host.malformed').click();
    // Messages are handled in order: once this valid one has been answered, the malformed ones
    // before it were handled too.
    await page.getByTestId('host.filter-troops').click();
    await expect(host.log).toContainText(logged('map-a', { type: 'filter', stances: ['troops'] }));

    await expect(host.inside('map-a').panelName).toHaveText('France');
    const after = await host.log.locator('li[data-frame="map-a"]').allTextContents();
    expect(after.slice(before)).toEqual([logged('map-a', { type: 'filter', stances: ['troops'] })]);
  });

  test('"Open full map" opens the same view in a new tab', async () => {
    const link = host.inside('map-b').fullMapLink;
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('href', /\/\?theme=light#country=GBR&stance=troops$/);
    await host.clickCountry('map-a', 'DEU');
    await expect(host.inside('map-a').fullMapLink).toHaveAttribute('href', /\/\?theme=light#country=DEU$/);
  });

  test('the frame paints its own opaque background over a dark host page', async () => {
    const frame = await host.frame('map-a');
    const backgrounds = await frame.evaluate(() =>
      [document.documentElement, document.body].map((el) => getComputedStyle(el).backgroundColor),
    );
    // rgb(...) is opaque; rgba(..., a) with a < 1, or "transparent", would let the host show through.
    for (const color of backgrounds) expect(color).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
  });
});

test('a sandboxed frame (opaque origin, no storage) draws, sizes itself and takes messages', async ({
  page,
}) => {
  const host = new HostPage(page);
  await host.goto();
  await host.waitForReady('map-c');
  const frame = await host.frame('map-c');
  expect(await frame.evaluate(() => self.origin)).toBe('null');

  await expect(host.inside('map-c').panelName).toHaveText('France');
  await expect.poll(() => host.sizes('map-c')).toMatchObject({ fits: true });

  await page.evaluate(() => {
    const iframe = document.getElementById('map-c');
    (window as unknown as { CoalitionMap: { select: (f: unknown, c: string) => void } }).CoalitionMap.select(
      iframe,
      'GBR',
    );
  });
  await expect(host.inside('map-c').panelName).toHaveText('United Kingdom');
  await expect(host.log).toContainText(logged('map-c', { type: 'select', iso3: 'GBR' }));
});

test('at 320 px the panel is a bottom sheet over the map, the map top in view, no horizontal scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 800 });
  const host = new HostPage(page);
  await host.goto();
  // Exactly 320 px, whatever the host page's margins and scroll bar take.
  await host.iframe('map-b').evaluate((el) => {
    (el as HTMLElement).style.width = '320px';
  });
  await host.waitForReady('map-b');
  expect(await host.iframe('map-b').evaluate((el) => el.getBoundingClientRect().width)).toBe(320);

  const inside = host.inside('map-b');
  await expect(inside.panelName).toHaveText('United Kingdom');
  const map = await inside.map.boundingBox();
  const sheet = await host.iframe('map-b').contentFrame().getByTestId('embed.sheet').boundingBox();
  if (!map || !sheet) throw new Error('map or sheet not laid out');
  // Over the map's lower part: its upper third stays in view.
  expect(sheet.y).toBeGreaterThan(map.y + map.height * 0.3);
  expect(sheet.y).toBeLessThan(map.y + map.height);
  expect(sheet.width).toBeGreaterThan(300);

  const frame = await host.frame('map-b');
  const widths = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});

test.describe('the Embed dialog of the full app', () => {
  test('opens from the keyboard, shows the code for the view, copies it, and gives focus back', async ({
    page,
    mapPage,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await mapPage.goto('country=GBR&stance=troops');
    const button = page.getByTestId('embed');
    await button.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByTestId('embed.dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    const code = page.getByTestId('embed.code');
    await expect(code).toHaveValue(
      /src="http:\/\/[^"]+\/embed\/\?theme=light#country=GBR&amp;stance=troops"/,
    );
    await expect(code).toHaveValue(/data-coalition-map/);
    await expect(code).toHaveValue(/<script src="http:\/\/[^"]+\/embed\.js" async><\/script>$/);

    // Following the reader's system setting: no theme in the URL.
    await page.getByTestId('embed.theme').selectOption('system');
    await expect(code).toHaveValue(/src="http:\/\/[^"]+\/embed\/#country=GBR&amp;stance=troops"/);

    await page.getByTestId('embed.copy').click();
    await expect(page.getByTestId('embed.status')).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the copied code, pasted into a page, shows the same view at the right size', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto('country=FRA');
    await page.getByTestId('embed').click();
    const snippet = await page.getByTestId('embed.code').inputValue();

    // A stand-in article on the app's own origin (the guards allow no other), holding the snippet.
    const articleUrl = new URL('/__test-article.html', page.url()).href;
    await page.route(articleUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><link rel="icon" href="/favicon.svg"><title>Article</title></head><body><p>Article text.</p>${snippet}</body></html>`,
      }),
    );
    await page.goto(articleUrl);
    const iframe = page.locator('iframe[data-coalition-map]');
    await expect(iframe.contentFrame().getByTestId('panel.country-name')).toHaveText('France');
    await expect.poll(() => iframe.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
  });
});
