// The Sizing page's "Volatility regimes" panel (issue 18 §6) on the real pickle-ric log (it has
// OptionOmega's Opening VIX) imported through the toolbar: quartile buckets by default, then the
// edges 15, 20, 30 typed in — counts, win rates, P/L per contract and Kelly against
// test/reference/vix_buckets.py (numpy); a bad edge list is refused beside the field. The EMA log
// (no Opening VIX column) gets the one line saying so. Screenshots at 1280×720 and 1920×1080.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview, type AppSession } from './app';

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

async function openSizing(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Sizing', exact: true }).click();
}

async function tableRows(page: Page): Promise<string[][]> {
  await page.locator('[data-testid="vix-panel"][aria-busy="false"]').waitFor({ timeout: 60_000 });
  const rows = page.getByTestId('vix-table').locator('tbody tr');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
  return out;
}

it('shows the edge by opening-VIX bucket of pickle-ric, by quartile and by typed edges', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await importFile(page, 'test/fixtures/optionomega/single-strategy/pickle-ric.csv');
  await waitForOverview(page);
  await openSizing(page);
  await page.getByTestId('vix-table').waitFor({ timeout: 60_000 });

  // numpy: quartile edges 14.75, 16.63, 20.01; 138 / 136 / 140 / 138 trades.
  const quartiles = await tableRows(page);
  expect(quartiles.map((r) => [r[0], r[1]])).toEqual([
    ['< 14.75', '138'],
    ['14.75 – 16.63', '136'],
    ['16.63 – 20.01', '140'],
    ['≥ 20.01', '138'],
  ]);
  await expect.poll(async () => page.getByTestId('vix-summary').innerText()).toContain('552 closed trades');

  await page.locator('#vix-buckets').fill('15, 20, 30');
  await page.waitForFunction(() => document.querySelector('[data-testid="vix-table"] tbody')?.textContent?.includes('≥ 30.00') ?? false, undefined, { timeout: 30_000 });
  const edges = await tableRows(page);
  // numpy: 164 / 250 / 132 / 6 trades; win rate 36.0% / 38.0% / 36.4% / 33.3%; P/L per contract
  // 242.70 / 291.68 / 229.08 / 894.31; Kelly 12.80% / 13.62% / 10.69% / 20.26%.
  expect(edges.map((r) => r[0])).toEqual(['< 15.00', '15.00 – 20.00', '20.00 – 30.00', '≥ 30.00']);
  expect(edges.map((r) => r[1])).toEqual(['164', '250', '132', '6']);
  expect(edges[1][2]).toBe('38.00%');
  expect(edges[3][3]).toBe('$894.31');
  expect(edges.map((r) => r[4])).toEqual(['12.80%', '13.62%', '10.69%', '20.26%']);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('vix-panel').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, `sizing-vix-regimes-${width}x${height}.png`);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });

  await page.locator('#vix-buckets').fill('20, 15');
  await expect.poll(async () => page.getByTestId('vix-panel').getByRole('alert').innerText(), { timeout: 30_000 }).toContain('edges must be strictly ascending (20 then 15)');
  expectNoErrors(app);
});

it('says in one line that the EMA log has no Opening VIX column', async () => {
  await app.close();
  app = await openApp();
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await importFile(page, 'test/fixtures/optionomega/ema-tradelog.csv');
  await waitForOverview(page);
  await openSizing(page);
  await expect.poll(async () => page.getByTestId('vix-none').innerText(), { timeout: 60_000 }).toContain('This trade log has no Opening VIX column');
  expect(await page.getByTestId('vix-table').count()).toBe(0);
  expectNoErrors(app);
});
