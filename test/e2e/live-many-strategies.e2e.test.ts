// Live vs backtest with many strategies: nineteen-strategies.csv as the backtest and the
// synthetic live log test/e2e/fixtures/nineteen-strategies-reporting-log.csv (made by
// make_nineteen_reporting_log.py: 1 contract, skips, one live-only trade per strategy, three
// strategies shifted down $150 a trade, "MEIC 09:32" renamed "MEIC early"). The page lists the
// 19 strategies, proposes MEIC early → MEIC 09:32, flags GLD DC 13:32 (shifted) as drifting;
// screenshots at 1280×720 and 1920×1080 to check it stays readable.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

async function importFile(page: Page, path: string): Promise<void> {
  await importThroughToolbar(page, [repoFile(path)]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

it('shows nineteen strategies readably', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await importFile(page, 'test/fixtures/optionomega/nineteen-strategies.csv');
  await waitForOverview(page);
  await importFile(page, 'test/e2e/fixtures/nineteen-strategies-reporting-log.csv');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Live vs backtest', exact: true }).click();
  await page.locator('.live[data-phase="done"]').waitFor({ timeout: 60_000 });

  expect(await page.getByTestId('live-strategies').locator('tbody tr').count()).toBe(19);
  expect(await page.getByTestId('live-mapping').getByLabel('Backtest strategy for MEIC early').inputValue()).toBe('MEIC 09:32');
  expect(await page.getByTestId('live-drift').locator('tr[data-strategy="GLD DC 13:32"]').innerText()).toContain('Drifting');
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `live-vs-backtest-19-${width}x${height}.png`);
  }
  expect(await page.locator('.live').innerText()).not.toMatch(/NaN|Infinity/);
  expectNoErrors(app);
});
