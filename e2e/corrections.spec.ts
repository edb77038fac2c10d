// The public corrections log as a reader meets it: a corrected claim says so in the panel (the
// embed's panel too) with what it said before one tap away; the Methodology dialog lists every
// correction, newest first; the downloads carry the log. Expectations come from data/*.json.
import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import type { CorrectionsFile, SourcesFile } from '../src/data/schema.ts';
import { CSV_HEADER } from '../src/export/csv.ts';
import { parseCsv } from '../test-support/csv-parse.ts';
import { expect, test } from './fixtures/test.ts';

const log = (JSON.parse(readFileSync('data/corrections.json', 'utf8')) as CorrectionsFile).corrections;
const sources = (JSON.parse(readFileSync('data/sources.json', 'utf8')) as SourcesFile).sources;

const CLAIM = 'gbr-ready-to-lead';
const statementFix = log.find((e) => e.kind === 'claim' && e.id === CLAIM && e.field === 'statement');
if (statementFix === undefined || typeof statementFix.old !== 'string')
  throw new Error(`e2e/corrections.spec.ts: data/corrections.json has no statement correction of ${CLAIM}`);
const oldStatement = statementFix.old;
const withOrigin = sources.find((s) => s.originUrl !== undefined && s.url === null);
if (withOrigin === undefined) throw new Error('e2e/corrections.spec.ts: no source with only an originUrl');

/** "2026-12-07" -> "7 Dec 2026", as the panel writes it. */
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test.describe('Corrections', () => {
  test('a corrected claim says so, with the old wording one tap away', async ({ page, mapPage }) => {
    await mapPage.goto(`country=GBR&claim=${CLAIM}`);
    const claim = page.locator(`[data-testid="panel.claim"][data-claim-id="${CLAIM}"]`);
    const mark = claim.getByTestId('panel.correction');
    await expect(mark).toContainText(`Corrected ${day(statementFix.date)}: ${statementFix.reason}`);
    await expect(mark).toHaveAttribute('data-serious', 'false');

    const old = mark.getByText(oldStatement);
    await expect(old).toBeHidden();
    await mark.getByText('What it said before').click();
    await expect(old).toBeVisible();
    // The mark and its opened details pass axe, colour contrast included.
    const results = await new AxeBuilder({ page }).include('[data-testid="panel.correction"]').analyze();
    expect(results.passes.some((r) => r.id === 'color-contrast')).toBe(true);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // A claim the log does not name has no mark.
    const untouched = page.locator('[data-testid="panel.claim"][data-claim-id="gbr-urges-troop-deployment"]');
    await expect(untouched.getByTestId('panel.correction')).toHaveCount(0);
  });

  test('the embed shows the same mark', async ({ page, mapPage }) => {
    await mapPage.goto(`country=GBR&claim=${CLAIM}`, 'embed=1');
    const claim = page.locator(`[data-testid="panel.claim"][data-claim-id="${CLAIM}"]`);
    await expect(claim.getByTestId('panel.correction')).toContainText(`Corrected ${day(statementFix.date)}`);
  });

  test('Methodology lists every correction, newest first, serious ones labelled', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto();
    await page.getByTestId('methodology').click();
    const dialog = page.getByTestId('methodology.dialog');
    const items = dialog.getByTestId('methodology.correction');
    await expect(items).toHaveCount(log.length);

    const dates = await items
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());

    for (const removal of log.filter((e) => e.field === 'entry')) {
      const item = items.and(page.locator(`[data-correction="${removal.kind}:${removal.id}:entry"]`));
      await expect(item).toHaveAttribute('data-serious', 'true');
      await expect(item).toContainText('serious correction');
      await expect(item).toContainText(removal.reason);
    }
    const fix = items.and(page.locator(`[data-correction="claim:${CLAIM}:statement"]`));
    await expect(fix).toHaveAttribute('data-serious', 'false');
    await expect(fix.getByText(oldStatement)).toBeHidden();
    await fix.getByText('Before and after').click();
    await expect(fix.getByText(oldStatement)).toBeVisible();
  });

  test('a rewrite is shown as a rewrite of the report it cites, not as that report', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto('view=sources');
    const entry = page.locator(`[data-testid="sources.item"][data-source-id="${withOrigin.id}"]`);
    const origin = entry.getByTestId('sources.origin');
    await expect(origin).toHaveText(/^rewrite of a report at [a-z.]+$/);
    await expect(origin).toHaveAttribute('href', withOrigin.originUrl ?? '');
  });

  test('the CSV carries each row’s corrections and the cited origin apart from the address', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto();
    const [header, ...rows] = parseCsv(await download(page, 'download.csv'));
    expect(header).toEqual([...CSV_HEADER]);
    const at = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const row = rows.find((r) => r[at('claim_id')] === CLAIM);
    expect(row?.[at('corrections')]).toContain(
      `${statementFix.date} claim ${CLAIM} statement, was: ${oldStatement}`,
    );
    const rewriteRow = rows.find((r) => r[at('source_id')] === withOrigin.id);
    expect(rewriteRow?.[at('source_url')]).toBe('');
    expect(rewriteRow?.[at('source_origin_url')]).toBe(withOrigin.originUrl);
  });

  test('the JSON carries the whole log', async ({ page, mapPage }) => {
    await mapPage.goto('stance=troops');
    const data = JSON.parse(await download(page, 'download.json'));
    expect(data.corrections).toHaveLength(log.length);
    expect(data.corrections).toContainEqual(statementFix);
  });
});
