// New workspace → import the EMA trade log, then its reporting log, through the file picker →
// "Live vs backtest": the names map to themselves, every trade is matched (CCS 205, PCS 179;
// test/reference/live_vs_backtest.py), the sample's broken live P/L drifts far below the
// backtest (percentile 0 → suggested multiplier 0) → "Apply suggested multipliers to Sizing"
// → the Sizing page shows 0% for both strategies. Screenshots at 1280×720 and 1920×1080.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const CCS = '0DTE CCS - EMA Entry';
const PCS = '0DTE PCS - EMA Entry';

async function importFile(page: Page, path: string): Promise<void> {
  await importThroughToolbar(page, [repoFile(path)]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name, exact: true }).click();
}

/** Cells of one row of the per-strategy table, keyed by header. */
async function liveRow(page: Page, name: string): Promise<Record<string, string>> {
  const table = page.getByTestId('live-strategies');
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.replace(/[▲▼]/g, '').trim());
  const cells = await table.locator(`tbody tr[data-strategy="${name}"] td`).allInnerTexts();
  return Object.fromEntries(headers.map((header, index) => [header, (cells[index] ?? '').replace(/\s+/g, ' ').trim()]));
}

it('compares the EMA live record with its backtest and applies the suggested multipliers to Sizing', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await importFile(page, 'test/fixtures/optionomega/ema-tradelog.csv');
  await waitForOverview(page);
  await importFile(page, 'test/fixtures/optionomega/ema-reporting-log.csv');

  await openPage(page, 'Live vs backtest');
  await page.getByTestId('live-strategies').waitFor({ timeout: 30_000 });
  await page.locator('.live[data-phase="done"]').waitFor({ timeout: 30_000 });

  expect(await page.getByTestId('live-window').innerText()).toBe('Window: Jan 2, 2025 – Oct 8, 2025');
  const mapping = page.getByTestId('live-mapping');
  expect(await mapping.getByLabel(`Backtest strategy for ${CCS}`).inputValue()).toBe(CCS);
  expect(await mapping.getByLabel(`Backtest strategy for ${PCS}`).inputValue()).toBe(PCS);

  const ccs = await liveRow(page, CCS);
  expect([ccs.Matched, ccs['Live only'], ccs['Backtest only'], ccs['Outside window'], ccs['Fill rate'], ccs['Mean slippage / ct'], ccs['Drift percentile'], ccs['Suggested multiplier']]).toEqual(['205', '0', '0', '0', '100.00%', '$0.00', '0.00%', '0.00']);
  const pcs = await liveRow(page, PCS);
  expect([pcs.Matched, pcs['Backtest P/L / ct'], pcs['Suggested multiplier']]).toEqual(['179', '$1,139.00', '0.00']);

  expect(await page.getByTestId('pair-count').innerText()).toBe('384 of 384 rows');
  await page.getByLabel('Pair strategy').selectOption(PCS);
  expect(await page.getByTestId('pair-count').innerText()).toBe('179 of 384 rows');
  await page.getByLabel('Pair strategy').selectOption('');
  await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(1);

  // Confirming the suggested pairing saves it; the comparison reruns with it.
  await mapping.getByRole('button', { name: /Confirm these 2 pairings/ }).click();
  await expect.poll(() => mapping.locator('td', { hasText: 'Confirmed' }).count()).toBe(2);

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.locator('.live[data-phase="done"]').waitFor({ timeout: 30_000 });
    await screenshot(page, `live-vs-backtest-${width}x${height}.png`);
  }

  expect(await page.getByTestId('apply-multipliers').isEnabled()).toBe(true);
  await page.getByTestId('apply-multipliers').click();
  await expect.poll(() => page.getByTestId('applied').innerText()).toBe(`Applied to the Sizing page: ${CCS} × 0, ${PCS} × 0.`);
  expect(await page.getByTestId('apply-multipliers').isEnabled()).toBe(false);
  expect(await page.locator('.live').innerText()).not.toMatch(/NaN|Infinity/);

  await openPage(page, 'Sizing');
  await page.getByTestId('sizing-table-sizing').waitFor({ timeout: 20_000 });
  await expect.poll(() => page.getByLabel(`Multiplier for ${CCS} (%)`).first().inputValue()).toBe('0');
  expect(await page.getByLabel(`Multiplier for ${PCS} (%)`).first().inputValue()).toBe('0');
  expectNoErrors(app);
});
