// A daily log that does not belong to the workspace's trades (the MEIC daily log against
// the EMA trades) is flagged in the preview as a clear warning before anything is imported.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('warns that a daily log does not match the trades', async () => {
  const { page } = app;
  await waitForOverview(page);
  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/meic-dailylog.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  expect(await dialog.getByTestId('preview-facts').innerText()).toContain('OptionOmega daily log');
  const consistency = dialog.getByTestId('consistency');
  expect(await consistency.getAttribute('role')).toBe('alert');
  expect(await consistency.innerText()).toContain('This daily log does not match the trades.');
  expect(await dialog.getByRole('button', { name: 'Import anyway' }).isVisible()).toBe(true);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  // The sample's own daily log belongs, so the card shows both drawdowns (issue 17); Cancel changed neither.
  expect(await cardText(page, 'maxDrawdown')).toBe('Marked to market 12.89% Closed trades 12.89%');
  expectNoErrors(app);
});
