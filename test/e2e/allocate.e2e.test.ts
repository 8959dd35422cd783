// The Allocate page through the UI: on the bundled EMA sample (2 strategies) plus SPY and TLT
// price files added on the page, a risk-parity allocation (4 rows, weights summing to 100%),
// saved in the workspace and reopened; then the 19-strategy fixture imported through the
// toolbar, a walk-forward comparing four methods (progress, fold table, robustness, heat map
// with 19 rows, no NaN), and a long walk-forward cancelled (the previous results stay).
// Screenshots at 1280×720 and 1920×1080 to check the page stays readable at 19 strategies.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

async function openAllocate(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Allocate', exact: true }).click();
  await page.getByTestId('allocate-settings').waitFor();
}

async function runAndWait(page: Page): Promise<void> {
  await page.getByTestId('allocate-run').click();
  await page.locator('.allocate-panel[data-phase="done"]').waitFor({ timeout: 120_000 });
}

function percentOf(text: string): number {
  return Number(text.replace(/[%,]/g, ''));
}

it('allocates the EMA sample with two price files, saves and reopens the run', async () => {
  const { page } = app;
  await waitForOverview(page);
  await openAllocate(page);
  await page.getByTestId('allocate-series-input').setInputFiles([repoFile('test/fixtures/market/SPY.csv'), repoFile('test/fixtures/market/TLT.csv')]);
  await expect.poll(() => page.getByTestId('allocate-series').locator('li').count()).toBe(2);
  await page.getByLabel('Method', { exact: true }).selectOption('risk-parity');
  await runAndWait(page);
  const rows = page.getByTestId('allocate-weights').locator('tbody tr');
  expect(await rows.count()).toBe(4);
  const weights = await rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelectorAll('td')[1] as HTMLElement).innerText.trim()));
  expect(weights.reduce((s, w) => s + percentOf(w), 0)).toBeCloseTo(100, 0);
  expect(await page.getByTestId('allocate-heatmap').locator('tbody tr').count()).toBe(4);
  await page.getByLabel('Run name').fill('EMA + SPY + TLT risk parity');
  await page.getByRole('button', { name: 'Save run in workspace' }).click();
  await page.getByTestId('allocate-saved-runs').getByText('EMA + SPY + TLT risk parity').waitFor();
  await page.getByTestId('allocate-saved-runs').getByRole('button', { name: 'Open' }).first().click();
  await page.getByText('Showing the saved run “EMA + SPY + TLT risk parity”.').waitFor();
  expect(await rows.count()).toBe(4);
  expect(await page.locator('.allocate').innerText()).not.toMatch(/NaN|Infinity/);
  expectNoErrors(app);
});

it('walks forward four methods on nineteen strategies, readable at two sizes', async () => {
  const { page } = app;
  // The saved run made the workspace unsaved: New asks before discarding it.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByTestId('empty-state').waitFor();
  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/nineteen-strategies.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await openAllocate(page);
  await expect.poll(() => page.getByRole('group', { name: 'Strategies' }).locator('input[type="checkbox"]').count()).toBe(19);
  await page.getByLabel('Method', { exact: true }).selectOption('min-variance');
  await page.getByLabel('Walk-forward', { exact: true }).check();
  await page.getByLabel('In-sample periods').fill('60');
  await page.getByLabel('Out-of-sample periods').fill('20');
  await page.getByLabel('Step periods').fill('20');
  const compare = page.getByRole('group', { name: 'Methods to compare' });
  for (const name of ['Equal weight', 'Inverse volatility', 'Minimum variance', 'Maximum Sharpe']) {
    const box = compare.getByLabel(name, { exact: true });
    if ((await box.count()) > 0) await box.check();
  }
  await runAndWait(page);
  expect(await page.getByTestId('allocate-weights').locator('tbody tr').count()).toBe(19);
  expect(await page.getByTestId('allocate-heatmap').locator('tbody tr').count()).toBe(19);
  expect(await page.getByTestId('allocate-folds').locator('tbody tr').count()).toBeGreaterThan(3);
  expect(await page.getByTestId('allocate-robustness').locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
  expect(await page.getByTestId('allocate-done').innerText()).toMatch(/added \d+ configurations tried/);
  expect(await page.locator('.allocate').innerText()).not.toMatch(/NaN|Infinity/);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `allocate-19-${width}x${height}.png`);
  }
  expectNoErrors(app);
});

it('cancels a long walk-forward and keeps the previous results', async () => {
  const { page } = app;
  await page.getByLabel('Method', { exact: true }).selectOption('kelly');
  await page.getByLabel('Out-of-sample periods').fill('2');
  await page.getByLabel('Step periods').fill('2');
  const compare = page.getByRole('group', { name: 'Methods to compare' });
  for (const name of ['Risk parity', 'Kelly, Gaussian Σ⁻¹μ']) await compare.getByLabel(name, { exact: true }).check();
  await page.getByTestId('allocate-run').click();
  await page.getByTestId('allocate-progress').waitFor();
  await page.getByTestId('allocate-cancel').click();
  await page.getByTestId('allocate-cancelled').waitFor({ timeout: 10_000 });
  expect(await page.getByTestId('allocate-cancelled').innerText()).toContain('the previous allocation is shown');
  expect(await page.getByTestId('allocate-weights').locator('tbody tr').count()).toBe(19);
  // The pool runs again after the cancel.
  await page.getByLabel('Walk-forward', { exact: true }).uncheck();
  await runAndWait(page);
  expect(await page.getByTestId('allocate-weights').locator('tbody tr').count()).toBe(19);
  expectNoErrors(app);
});
