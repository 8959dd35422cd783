// An unrecognized CSV gives an error naming the missing columns; the workspace is unchanged.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('refuses an unrecognized CSV and leaves the workspace as it was', async () => {
  const { page } = app;
  await waitForOverview(page);
  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/small/unrecognized-csv-random.csv')]);

  const panel = page.getByTestId('import-error');
  await panel.waitFor();
  const text = await panel.innerText();
  expect(text).toContain('unrecognized-csv-random.csv');
  expect(text).toMatch(/Missing columns: .*P\/L/);
  expect(text).toContain('Your workspace was not changed.');
  await screenshot(page, 'import-error.png');

  await panel.getByRole('button', { name: 'Close' }).click();
  await panel.waitFor({ state: 'detached' });
  expect(await cardText(page, 'trades')).toBe('384');
  expect(await cardText(page, 'totalPl')).toBe('$19,735.00');
  expect(await page.title()).toBe('Sizewise — EMA sample');
  expectNoErrors(app);
});
