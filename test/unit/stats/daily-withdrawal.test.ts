// A withdrawal is not a loss (SPEC §2: r_t = (NLₜ − NLₜ₋₁ + withdrawn that day) / NLₜ₋₁).
// Hand-made: start 10,000. Mon 2025-01-06 a trade closes +1,000 (NL 11,000); Tue 2,000 is
// withdrawn (NL 9,000, Current Funds 9,000, Withdrawn 2,000, P/L 0); Wed a trade closes +500
// (NL 9,500). Current Funds + Withdrawn = 11,000, 11,000, 11,500 = start + closed P/L: the log
// belongs. Returns: 0.1, 0, 500 / 9,000; max drawdown 0 (not 2,000 / 11,000); the curve is
// 11,000, 11,000, 11,000 · (1 + 1/18) = 11,611.11…
import { describe, expect, it } from 'vitest';
import { checkDailyAgainstTrades } from '../../../core/import';
import type { DailyLogRow } from '../../../core/model';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

const trades = [
  makeTrade({ dateOpened: '2025-01-06', pl: 1000, fundsAtClose: 11000 }),
  makeTrade({ dateOpened: '2025-01-08', pl: 500, fundsAtClose: 11500 }),
];
const row = (date: string, nl: number, withdrawn: number, pl: number): DailyLogRow => ({ date, netLiquidity: nl, currentFunds: nl, withdrawn, tradingFunds: nl, pl, plPct: 0, drawdownPct: 0 });
const daily = [row('2025-01-06', 11000, 0, 1000), row('2025-01-07', 9000, 2000, 0), row('2025-01-08', 9500, 2000, 500)];

describe('a 2,000 withdrawal on 2025-01-07', () => {
  it('the daily log belongs to the trades', () => {
    expect(checkDailyAgainstTrades(trades, daily)).toEqual({ consistent: true, problems: [], firstDifference: null });
  });
  it('is not a drawdown', () => {
    const p = computeStats(trades, { daily }).portfolio;
    expect(p.drawdownSource).toBe('daily-log');
    expect(p.startingCapital).toBe(10000);
    expect(p.maxDrawdown).toBe(0);
    expect(p.maxDrawdownClosedTrades).toBe(0);
    expect(p.drawdownCurve.map((d) => d.equity)).toEqual([11000, 11000, expect.closeTo(11000 * (1 + 1 / 18), 9)]);
  });
});
