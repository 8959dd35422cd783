// Issue 17: the EMA sample (trade log + its daily log) on the Overview states both drawdowns —
// marked to market from the daily log and on closed trades (12.9% each: the trades are 0DTE) —
// and the risk-free setting switches Sharpe to the historical DTB3 rate (SPEC §2 vector:
// 1.016510 → "1.02"; 1.222243 → "1.22" at 0). Screenshots of the changed pages at 1280×720
// and 1920×1080.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, openApp, screenshot, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('shows both drawdowns and the historical risk-free rate', async () => {
  const { page } = app;
  await waitForOverview(page);
  await expect.poll(() => page.getByTestId('drawdown-statement').innerText()).toBe('Max drawdown 12.9% marked-to-market (daily log); 12.9% on closed trades.');
  expect(await cardText(page, 'maxDrawdown')).toBe('Marked to market 12.89% Closed trades 12.89%');
  expect(await cardText(page, 'sharpe')).toBe('1.22');
  await page.getByTestId('risk-free').selectOption('historical');
  await expect.poll(() => cardText(page, 'sharpe')).toBe('1.02');
  expect(await page.getByTestId('risk-free-statement').innerText()).toContain('FRED DTB3, series through 2026-07-20');
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await screenshot(page, `overview-risk-${width}.png`);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Sizing' }).click();
    await page.waitForTimeout(1500);
    await screenshot(page, `sizing-margin-${width}.png`);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Coming from TradeBlocks' }).click();
    await page.getByTestId('help-tradeblocks').waitFor();
    await screenshot(page, `help-tradeblocks-${width}.png`);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Overview' }).click();
    await waitForOverview(page);
  }
  expectNoErrors(app);
});
