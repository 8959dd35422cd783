// The app opens on the bundled EMA sample (trade log + daily log) and lands on Overview
// with the reference numbers of SPEC-metrics §2 (the curve marked to market from the daily log;
// the EMA trades are 0DTE, so both drawdowns are 12.89%).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, openApp, screenshot, strategyRow, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('opens on the EMA sample with the reference statistics', async () => {
  const { page } = app;
  await waitForOverview(page);
  await expect.poll(() => page.title()).toBe('Sizewise — EMA sample');
  await expect.poll(() => page.getByTestId('workspace-name').innerText()).toContain('EMA sample');
  expect(await page.getByRole('navigation', { name: 'Pages' }).getByRole('button').allInnerTexts()).toEqual(['Overview', 'Sizing', 'Position calculator', 'Replay', 'Risk', 'Live vs backtest', 'Bets', 'Allocate', 'Report', 'Coming from TradeBlocks']);

  expect(await cardText(page, 'trades')).toBe('384');
  expect(await cardText(page, 'totalPl')).toBe('$19,735.00');
  expect(await cardText(page, 'winRate')).toBe('48.44%');
  expect(await cardText(page, 'startingCapital')).toBe('$100,000.00');
  expect(await cardText(page, 'cagr')).toBe('26.59%');
  expect(await cardText(page, 'maxDrawdown')).toBe('Marked to market 12.89% Closed trades 12.89%');
  expect(await cardText(page, 'profitFactor')).toBe('1.12');
  expect(await cardText(page, 'kelly')).toBe('5.22%');
  expect(await cardText(page, 'avgWin')).toBe('Avg win $986.99 Avg loss $831.70');
  // The marked-to-market curve is on business days (200 from 2025-01-02 to 2025-10-08: 177
  // below the peak, the longest run 141 — the closed-trade curve's, by a python count).
  expect(await cardText(page, 'timeInDrawdown')).toBe('Share 88.50% Longest 141 business days');

  const ccs = await strategyRow(page, '0DTE CCS - EMA Entry');
  expect(ccs['Kelly (P/L)']).toBe('9.96%');
  const pcs = await strategyRow(page, '0DTE PCS - EMA Entry');
  expect(pcs['Kelly (P/L)']).toBe('1.95%');

  await page.getByRole('button', { name: 'How CAGR is computed' }).hover();
  const tooltip = page.getByRole('tooltip').filter({ hasText: '365.25' });
  await tooltip.waitFor();
  expect(await tooltip.innerText()).toContain('CAGR = (final / start)^(365.25 / days) − 1');
  await page.mouse.move(0, 0);
  await tooltip.waitFor({ state: 'hidden' });

  await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(300);
  await screenshot(page, 'overview.png');
  expectNoErrors(app);
});
