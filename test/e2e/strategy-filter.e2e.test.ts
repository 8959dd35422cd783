// Switching the strategy filter to one strategy recomputes the Overview for its trades only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, openApp, screenshot, strategyRow, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('shows the numbers of "0DTE CCS - EMA Entry" alone when the other strategy is unchecked', async () => {
  const { page } = app;
  await waitForOverview(page);
  const before = await strategyRow(page, '0DTE CCS - EMA Entry');
  expect(await cardText(page, 'trades')).toBe('384');

  await page.getByLabel('0DTE PCS - EMA Entry').uncheck();
  await expect.poll(() => page.getByTestId('strategy-table').locator('tbody tr').count()).toBe(1);
  await waitForOverview(page);

  const after = await strategyRow(page, '0DTE CCS - EMA Entry');
  expect(after['Kelly (P/L)']).toBe('9.96%');
  expect(after.Trades).toBe(before.Trades);
  expect(await cardText(page, 'trades')).toBe(after.Trades);
  expect(await cardText(page, 'totalPl')).toBe(after['Total P/L']);
  expect(await cardText(page, 'kelly')).toBe('9.96%');
  expect(await cardText(page, 'totalPl')).not.toBe('$19,735.00');

  await screenshot(page, 'strategy-filter.png');
  expectNoErrors(app);
});
