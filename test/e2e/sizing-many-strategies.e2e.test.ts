// The Sizing page with nineteen strategies (test/fixtures/optionomega/nineteen-strategies.csv,
// imported through the toolbar): long strategy names, "Kelly says N, placeable M" and the
// binding caps stay inside their cells; the portfolio's margin need at the busiest moment is
// within the default 100% ceiling. Screenshots at 1280×720 and 1920×1080.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name, exact: true }).click();
}

async function waitForSizing(page: Page): Promise<void> {
  await page.getByTestId('sizing-table-sizing').waitFor({ timeout: 30_000 });
  await page.locator('.sizing[aria-busy="false"]').waitFor({ timeout: 30_000 });
}

async function sizingRow(page: Page, name: string): Promise<Record<string, string>> {
  const table = page.getByTestId('sizing-table-sizing');
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.replace(/[▲▼]/g, '').trim());
  const cells = await table.locator(`tbody tr[data-strategy="${name}"] td`).allInnerTexts();
  return Object.fromEntries(headers.map((header, index) => [header, (cells[index] ?? '').replace(/\s+/g, ' ').trim()]));
}

it('sizes nineteen strategies readably (long names, "Kelly says", limited by)', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/nineteen-strategies.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForOverview(page);
  await openPage(page, 'Sizing');
  await waitForSizing(page);
  expect(await page.getByTestId('sizing-table-sizing').locator('tbody tr').count()).toBe(20);
  // every strategy within the caps: the portfolio's need at the busiest moment ≤ 100% of capital
  const portfolio = await sizingRow(page, 'Portfolio');
  expect(Number(portfolio['Margin %'].replace('%', ''))).toBeLessThanOrEqual(100);
  // no cell's text runs over its neighbour: the placeable cells keep to their width
  const overflow = await page.getByTestId('sizing-table-sizing').locator('.placeable-cell').evaluateAll((cells) =>
    cells.filter((cell) => cell.getBoundingClientRect().right > (cell.closest('td') as HTMLElement).getBoundingClientRect().right + 1).length,
  );
  expect(overflow).toBe(0);
  expect(await page.locator('.sizing').innerText()).not.toMatch(/NaN|Infinity/);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `sizing-19-${width}x${height}.png`);
    // the table alone at full resolution, to check the cells
    await page.getByTestId('sizing-table-sizing').screenshot({ path: repoFile(`test/e2e/__screenshots__/sizing-19-table-${width}.png`) });
  }
  expectNoErrors(app);
});
