// A foreign broker CSV (';' delimiter, DD.MM.YYYY dates, decimal commas) goes through the
// column mapping dialog: the mapping is set field by field, the live preview follows, and
// the import lands 40 EMA trades worth $710.00 in a new workspace.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

const FIXTURE = 'test/e2e/fixtures/broker-export-semicolon.csv';
const MAPPING: Record<string, string> = {
  opened: 'Open Date',
  closed: 'Close Date',
  symbol: 'Symbol',
  strategy: 'Strategy',
  quantity: 'Qty',
  pl: 'Net P/L',
  fees: 'Commission',
};

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('imports a generic CSV through the mapping dialog', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);

  await importThroughToolbar(page, [repoFile(FIXTURE)]);
  const dialog = page.getByTestId('mapping-dialog');
  await dialog.waitFor();
  for (const [field, column] of Object.entries(MAPPING)) {
    await dialog.locator(`select[data-field="${field}"]`).selectOption(column);
    await expect.poll(() => dialog.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);
  }
  await dialog.getByLabel('Date format').selectOption('DD.MM.YYYY');
  await dialog.getByLabel('Decimal separator').selectOption(',');
  await expect.poll(() => dialog.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);

  const sample = await dialog.getByTestId('mapping-sample').innerText();
  expect(sample).toContain('02.01.2025');
  expect(sample).toContain('756,00');
  const facts = await dialog.getByTestId('preview-facts').innerText();
  expect(facts).toContain('Generic trade CSV');
  expect(facts).toMatch(/accepted\s+40/i);
  await screenshot(page, 'mapping.png');

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForOverview(page);
  expect(await cardText(page, 'trades')).toBe('40');
  expect(await cardText(page, 'totalPl')).toBe('$710.00');
  expectNoErrors(app);
});
