// The Sizing page on the bundled EMA sample: Kelly per strategy on the default basis (raw P/L:
// contract counts 2–3 stay within 2×), recommended contracts and the margin chart's Kelly line
// at Half Kelly; both change when the fraction moves to Quarter and to a custom 30%, and the
// choice is kept in the workspace when the page is left and opened again.
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

it('sizes the EMA sample and follows the Kelly fraction', async () => {
  const { page } = app;
  await waitForOverview(page);
  await openPage(page, 'Sizing');
  await waitForSizing(page);

  const ccsEdge = await sizingRow(page, 'edge', CCS);
  expect([ccsEdge['Kelly (P/L)'], ccsEdge['Kelly / contract'], ccsEdge['Kelly (margin)'], ccsEdge['Growth-optimal'], ccsEdge['Optimal f']]).toEqual(['9.96%', '10.08%', '9.94%', '5.49%', '0.4428']);
  const pcsEdge = await sizingRow(page, 'edge', PCS);
  expect([pcsEdge['Kelly (P/L)'], pcsEdge['Kelly / contract'], pcsEdge['Kelly (margin)']]).toEqual(['1.95%', '1.43%', '1.46%']);

  const ccs = await sizingRow(page, 'sizing', CCS);
  expect([ccs.Basis, ccs['Kelly (basis)'], ccs.Applied, ccs.Contracts, ccs.Margin]).toEqual(['raw P/L', '9.96%', '4.98%', '25', '$368,370.73']);
  expect(await contracts(page)).toEqual({ ccs: '25', pcs: '2', portfolio: '9' });
  expect(await kellyLine(page)).toBe('397.46%');
  expect(await page.getByTestId('sizing-warnings').innerText()).toContain('A single trade drives the result: without the trade opened 2025-04-11 13:41:00');
  expect(await page.getByRole('radio', { name: 'Half' }).getAttribute('aria-checked')).toBe('true');
  expect(await fractionInput(page).inputValue()).toBe('50');

  await page.getByRole('radio', { name: 'Quarter' }).click();
  await expect.poll(() => contracts(page)).toEqual({ ccs: '12', pcs: '1', portfolio: '4' });
  await expect.poll(() => kellyLine(page)).toBe('191.36%');
  expect(await fractionInput(page).inputValue()).toBe('25');
  expect(await page.getByLabel('Kelly fraction slider').inputValue()).toBe('25');

  await fractionInput(page).fill('30');
  await expect.poll(() => contracts(page)).toEqual({ ccs: '15', pcs: '1', portfolio: '5' });
  expect(await page.getByRole('radio', { name: 'Custom' }).getAttribute('aria-checked')).toBe('true');
  expect(await page.getByLabel('Kelly fraction slider').inputValue()).toBe('30');
  await expect.poll(() => kellyLine(page)).not.toBe('191.36%');

  await fractionInput(page).fill('250');
  await expect.poll(() => page.locator('#sizing-fraction-error').innerText().catch(() => '')).toBe('The Kelly fraction must be between 0% and 200%.');

  await page.getByRole('radio', { name: 'Half' }).click();
  await expect.poll(() => contracts(page)).toEqual({ ccs: '25', pcs: '2', portfolio: '9' });
  expect(await page.locator('.sizing').innerText()).not.toMatch(/NaN|Infinity/);
  await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(300);
  await screenshot(page, 'sizing.png');

  await page.getByRole('radio', { name: 'Quarter' }).click();
  await expect.poll(() => contracts(page)).toEqual({ ccs: '12', pcs: '1', portfolio: '4' });
  await openPage(page, 'Overview');
  await waitForOverview(page);
  await openPage(page, 'Sizing');
  await waitForSizing(page);
  await expect.poll(() => page.getByRole('radio', { name: 'Quarter' }).getAttribute('aria-checked')).toBe('true');
  await expect.poll(() => contracts(page)).toEqual({ ccs: '12', pcs: '1', portfolio: '4' });
  expectNoErrors(app);
});
