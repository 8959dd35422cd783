// A US broker export of the EMA trades (test/fixtures/generic/broker-us.csv: "$1,251.00",
// MM/DD/YYYY dates, different column names and order) imports with the guessed mapping
// unchanged and gives the OptionOmega original's statistics.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('imports a broker CSV with the guessed mapping', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);

  await importThroughToolbar(page, [repoFile('test/fixtures/generic/broker-us.csv')]);
  const dialog = page.getByTestId('mapping-dialog');
  await dialog.waitFor();
  expect(await dialog.locator('select[data-field="opened"]').inputValue()).toBe('Open Date');
  expect(await dialog.locator('select[data-field="pl"]').inputValue()).toBe('Net P/L');
  expect(await dialog.getByTestId('preview-facts').innerText()).toMatch(/accepted\s+384/i);

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForOverview(page);
  expect(await cardText(page, 'trades')).toBe('384');
  expect(await cardText(page, 'totalPl')).toBe('$19,735.00');
  expect(await cardText(page, 'winRate')).toBe('48.44%');
  expectNoErrors(app);
});
