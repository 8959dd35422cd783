// A daily log without a trade log (issue 17): the EMA daily log alone gives the portfolio curve.
// The EMA trades are 0DTE, so its Net Liquidity is the closed-trade curve: start 100,000
// (100,756 − 756), max drawdown 0.128921, Sharpe 1.22224, CAGR 0.265909, Calmar 2.06257 (SPEC
// §2 reference; the daily log spans the same 2025-01-02 .. 2025-10-08). What is missing is said.
import { expect, test } from 'vitest';
import { dailyOnlyStats } from '../../../core/stats';
import { fixtureDaily } from '../support/fixtures';
import { expectSignificant } from './precision';

test('the EMA daily log alone', async () => {
  const s = dailyOnlyStats(await fixtureDaily('ema-dailylog.csv'))!;
  expect([s.startingCapital, s.firstDate, s.lastDate, s.finalNetLiquidity]).toEqual([100000, '2025-01-02', '2025-10-08', 119735]);
  expectSignificant(s.maxDrawdown, 0.128921);
  expectSignificant(s.sharpe, 1.22224);
  expectSignificant(s.cagr, 0.265909);
  expectSignificant(s.calmar, 2.06257);
  expect(s.missing).toMatch(/^No trade log: .*Kelly/);
  expect(dailyOnlyStats([])).toBeNull();
});
