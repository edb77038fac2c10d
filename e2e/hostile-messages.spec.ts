// Messages we did not write: a host page (or anything else that can reach the frame) posts
// malformed, oversized, prototype-polluting and wrongly-sourced messages to an embedded map. The
// frame must change nothing, answer none of them, and keep Object.prototype clean. The parser is
// fuzzed in src/embed/messages.test.ts; this is the real postMessage path (structured clone,
// event.source) through public/embed-example.html.
import type { Frame, Page } from '@playwright/test';

import { expect, test } from './fixtures/test.ts';

const SOURCE = 'coalition-map';

/**
 * Posts hostile data from the host page to the first map's frame, built in the browser so that
 * JSON.parse makes real own "__proto__" keys and the structured clone does the rest.
 */
async function postHostileFromHost(page: Page): Promise<number> {
  return page.evaluate((source) => {
    const frame = document.getElementById('map-a') as HTMLIFrameElement | null;
    if (!frame?.contentWindow) throw new Error('iframe#map-a has no window');
    let deep: unknown = 'FRA';
    for (let i = 0; i < 1000; i++) deep = { iso3: deep };
    const messages: unknown[] = [
      JSON.parse('{"__proto__":{"polluted":1}}'),
      JSON.parse(`{"source":"${source}","type":"select","iso3":{"__proto__":{"polluted":1}}}`),
      JSON.parse(`{"source":"${source}","type":"filter","stances":{"__proto__":{"polluted":1}}}`),
      JSON.parse(`{"source":"${source}","type":"x","constructor":{"prototype":{"polluted":1}}}`),
      { source, type: 'filter', stances: new Array(1_000_000).fill('troops') },
      { source, type: 'select', iso3: deep },
      `{"source":"${source}","type":"select","iso3":"RUS"}`,
      { source, type: 'select', iso3: 'rus' },
      { source, type: 'SELECT', iso3: 'RUS' },
      { source, type: 'select', iso3: ['RUS'] },
      { source, type: 'select', iso3: 'RUS ' },
      { source, type: 'filter', stances: { length: 1, 0: 'opposed' } },
      { source, type: 'filter', stances: ['opposed', 'opposed'] },
      { source, type: 'filter', stances: ['opposed', 'tanks'] },
      Object.assign(['x'], { source, type: 'select', iso3: 'RUS' }),
      new Map([
        ['source', source],
        ['type', 'select'],
        ['iso3', 'RUS'],
      ]),
      { source: `${source} `, type: 'select', iso3: 'RUS' },
      null,
      undefined,
      42,
      new Date(0),
      new ArrayBuffer(64),
    ];
    for (const message of messages) frame.contentWindow.postMessage(message, '*');
    return messages.length;
  }, SOURCE);
}

/** A valid select (only its sender is wrong) posted to map-a from the frame `from`. */
async function postValidFrom(mapA: Frame, from: Frame): Promise<void> {
  // Wait inside map-a for the message: the bridge's listener was added first, so once this one
  // has seen it, the bridge has handled it.
  await mapA.evaluate(() => {
    const w = window as unknown as { __seen?: Promise<void> };
    w.__seen = new Promise<void>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if ((event.data as { iso3?: unknown } | null)?.iso3 !== 'RUS') return;
        window.removeEventListener('message', onMessage);
        resolve();
      };
      window.addEventListener('message', onMessage);
    });
  });
  await from.evaluate((source) => {
    const target = window.parent.frames[0];
    if (!target) throw new Error('no map-a window');
    target.postMessage({ source, type: 'select', iso3: 'RUS' }, '*');
  }, SOURCE);
  await mapA.evaluate(() => (window as unknown as { __seen?: Promise<void> }).__seen);
}

async function contentFrame(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`iframe#${id} has no content frame`);
  return frame;
}

test('malformed, oversized, polluting and wrongly-sourced messages change nothing', async ({ page }) => {
  await page.goto('/embed-example.html');
  const iframe = page.locator('iframe#map-a');
  await iframe.scrollIntoViewIfNeeded();
  const log = page.getByTestId('host-log');
  const fromA = log.locator('li[data-frame="map-a"]');
  await expect(fromA.and(page.locator('[data-type="ready"]'))).toHaveCount(1, { timeout: 30_000 });
  const inside = iframe.contentFrame();
  // map-b, beside it, is the "other frame" that tries to drive map-a.
  await expect(log.locator('li[data-frame="map-b"][data-type="ready"]')).toHaveCount(1, { timeout: 30_000 });
  const mapA = await contentFrame(page, 'map-a');
  const mapB = await contentFrame(page, 'map-b');

  // A known view first, set through the real API: France, troops only.
  await page.getByTestId('host.select-fra').click();
  await page.getByTestId('host.filter-troops').click();
  await expect(log).toContainText(`map-a: {"source":"${SOURCE}","type":"filter","stances":["troops"]}`);
  await expect(inside.getByTestId('panel.country-name')).toHaveText('France');
  const answered = await fromA.count();

  expect(await postHostileFromHost(page)).toBeGreaterThan(20);
  // Valid, but not from the parent: the frame itself (a script inside it), and another frame.
  await postValidFrom(mapA, mapA);
  await postValidFrom(mapA, mapB);
  // Messages from the host are handled in order: once this valid one is answered, so were the rest.
  await page.getByTestId('host.select-none').click();
  await expect(fromA.last()).toHaveText(`map-a: {"source":"${SOURCE}","type":"select","iso3":null}`);

  // The only answer is to the valid message; nothing before it moved the view.
  expect((await fromA.allTextContents()).slice(answered)).toEqual([
    `map-a: {"source":"${SOURCE}","type":"select","iso3":null}`,
  ]);
  await expect(inside.getByTestId('filter.troops')).toHaveAttribute('aria-pressed', 'true');
  await expect(inside.getByTestId('filter.opposed')).toHaveAttribute('aria-pressed', 'false');
  await expect(inside.getByTestId('panel.country-name')).toBeHidden();

  const polluted = await mapA.evaluate(() => ({
    object: ({} as Record<string, unknown>).polluted,
    array: ([] as unknown as Record<string, unknown>).polluted,
  }));
  expect(polluted).toEqual({ object: undefined, array: undefined });
  // The frame still works after all that.
  await page.getByTestId('host.select-fra').click();
  await expect(inside.getByTestId('panel.country-name')).toHaveText('France');
});
