// The Sizing page on the bundled EMA sample: Kelly per strategy on the default basis (raw P/L:
// contract counts 2–3 stay within 2×), placeable contracts ("Kelly says 13, placeable 6", the
// caps that bound) and the margin chart's Kelly line at Half of the growth-optimal fraction;
// they change when the fraction moves to Quarter and to a custom 30%, lifting the caps and
// choosing the classic p − q/b gives the 25, and the choice is kept in the workspace
// when the page is left and opened again. Screenshots at 1280×720 and 1920×1080
// (the 19-strategy log: sizing-many-strategies.e2e.test.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, openApp, screenshot, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const CCS = '0DTE CCS - EMA Entry';
const PCS = '0DTE PCS - EMA Entry';

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name, exact: true }).click();
}

async function waitForSizing(page: Page): Promise<void> {
  await page.getByTestId('sizing-table-sizing').waitFor({ timeout: 20_000 });
  await page.locator('.sizing[aria-busy="false"]').waitFor({ timeout: 20_000 });
}

/** The cell texts of one row of a sizing table ('edge' or 'sizing'), keyed by column header. */
async function sizingRow(page: Page, view: 'edge' | 'sizing', name: string): Promise<Record<string, string>> {
  const table = page.getByTestId(`sizing-table-${view}`);
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.replace(/[▲▼]/g, '').trim());
  const cells = await table.locator(`tbody tr[data-strategy="${name}"] td`).allInnerTexts();
  return Object.fromEntries(headers.map((header, index) => [header, (cells[index] ?? '').replace(/\s+/g, ' ').trim()]));
}

const contracts = async (page: Page) => ({
  ccs: (await sizingRow(page, 'sizing', CCS)).Contracts,
  pcs: (await sizingRow(page, 'sizing', PCS)).Contracts,
  portfolio: (await sizingRow(page, 'sizing', 'Portfolio')).Contracts,
});
const kellyLine = (page: Page) => page.getByTestId('margin-kelly-line').innerText();
const fractionInput = (page: Page) => page.getByLabel('Kelly fraction (%)');

it('sizes the EMA sample placeably and follows the Kelly fraction', async () => {
  const { page } = app;
  await waitForOverview(page);
  await openPage(page, 'Sizing');
  await waitForSizing(page);

  const ccsEdge = await sizingRow(page, 'edge', CCS);
  expect([ccsEdge['Kelly (P/L)'], ccsEdge['Kelly / contract'], ccsEdge['Kelly (margin)'], ccsEdge['Growth-optimal'], ccsEdge['Optimal f']]).toEqual(['9.96%', '10.08%', '9.94%', '5.49%', '0.4428']);
  const pcsEdge = await sizingRow(page, 'edge', PCS);
  expect([pcsEdge['Kelly (P/L)'], pcsEdge['Kelly / contract'], pcsEdge['Kelly (margin)']]).toEqual(['1.95%', '1.43%', '1.46%']);

  // Half of the growth-optimal 5.49% = 2.74%; Kelly asks for 13 CCS and 1 PCS; the worst-loss
  // and margin caps make it 6 and 0: 6 × 14,925 (the CCS's largest margin per contract) = $89,550
  // at the busiest moment, within the 100% ceiling (core values: test/unit/sizing/placeable-*.test.ts).
  const ccs = await sizingRow(page, 'sizing', CCS);
  expect([ccs.Basis, ccs['Kelly (basis)'], ccs.Applied, ccs.Contracts, ccs['Margin (peak)']]).toEqual(['raw P/L', '9.96%', '2.74%', 'Kelly says 13, placeable 6', '$89,550.00']);
  expect(ccs['Limited by']).toBe('worst loss, margin ceiling');
  expect(await contracts(page)).toEqual({ ccs: 'Kelly says 13, placeable 6', pcs: 'Kelly says 1, placeable 0', portfolio: 'Kelly says 14, placeable 6' });
  expect(await kellyLine(page)).toBe('89.55%');
  expect(await page.getByTestId('sizing-limits').innerText()).toContain('Placeable caps: margin ceiling 100.00% of capital; worst loss ≤ 20.00% of capital; applied fractions ≤ 100.00% in total.');
  expect(await page.getByTestId('sizing-warnings').innerText()).toContain('A single trade drives the result: without the trade opened 2025-04-11 13:41:00');
  expect(await page.getByRole('radio', { name: 'Half' }).getAttribute('aria-checked')).toBe('true');
  expect(await fractionInput(page).inputValue()).toBe('50');

  await page.getByRole('radio', { name: 'Quarter' }).click();
  await expect.poll(() => contracts(page)).toEqual({ ccs: '6', pcs: '0', portfolio: '6' });
  expect(await fractionInput(page).inputValue()).toBe('25');
  expect(await page.getByLabel('Kelly fraction slider').inputValue()).toBe('25');

  await fractionInput(page).fill('30');
  await expect.poll(() => contracts(page)).toEqual({ ccs: 'Kelly says 8, placeable 6', pcs: '0', portfolio: 'Kelly says 8, placeable 6' });
  expect(await page.getByRole('radio', { name: 'Custom' }).getAttribute('aria-checked')).toBe('true');
  expect(await page.getByLabel('Kelly fraction slider').inputValue()).toBe('30');

  await fractionInput(page).fill('250');
  await expect.poll(() => page.locator('#sizing-fraction-error').innerText().catch(() => '')).toBe('The Kelly fraction must be between 0% and 200%.');

  // Lifting the ceiling and the worst-loss cap and choosing the classic p − q/b gives the 25.
  await page.getByRole('radio', { name: 'Half' }).click();
  await page.locator('#sizing-kelly-of').selectOption('classic');
  await page.locator('#sizing-ceiling').fill('');
  await page.locator('#sizing-loss-share').fill('');
  await expect.poll(() => contracts(page)).toEqual({ ccs: '25', pcs: '2', portfolio: '27' });
  await page.locator('#sizing-kelly-of').selectOption('growth-optimal');
  await page.locator('#sizing-ceiling').fill('100');
  await page.locator('#sizing-loss-share').fill('20');
  await expect.poll(() => contracts(page)).toEqual({ ccs: 'Kelly says 13, placeable 6', pcs: 'Kelly says 1, placeable 0', portfolio: 'Kelly says 14, placeable 6' });
  expect(await page.locator('.sizing').innerText()).not.toMatch(/NaN|Infinity/);
  await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(300);
  await screenshot(page, 'sizing.png');
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `sizing-ema-${width}x${height}.png`);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });

  await page.getByRole('radio', { name: 'Quarter' }).click();
  await expect.poll(() => contracts(page)).toEqual({ ccs: '6', pcs: '0', portfolio: '6' });
  await openPage(page, 'Overview');
  await waitForOverview(page);
  await openPage(page, 'Sizing');
  await waitForSizing(page);
  await expect.poll(() => page.getByRole('radio', { name: 'Quarter' }).getAttribute('aria-checked')).toBe('true');
  await expect.poll(() => contracts(page)).toEqual({ ccs: '6', pcs: '0', portfolio: '6' });
  expectNoErrors(app);
});
