// A real multi-day log (single-strategy/dc-2-7-mon-wed.csv: double calendars held 2 days) with
// a generated daily log whose Net Liquidity marks the open positions at −5% of their margin
// while Current Funds stays exact (test/fixtures/generators/overnight_daily_log.py, which also
// prints the expected drawdowns: closed trades 0.0877059, marked-to-market 0.0917897).
// The daily log belongs (its P/L differs from the closed-trade P/L on most days — expected);
// the portfolio curve is Net Liquidity with the deeper drawdown, the closed-trade one beside it.
import { describe, expect, it } from 'vitest';
import { checkDailyAgainstTrades } from '../../../core/import';
import { computeStats } from '../../../core/stats';
import { importDaily, importTrades } from '../support/fixtures';
import { expectSignificant } from './precision';

describe('overnight positions with their daily log', () => {
  it('is accepted and marked to market', async () => {
    const { trades } = await importTrades('optionomega/single-strategy/dc-2-7-mon-wed.csv');
    const { daily } = await importDaily('optionomega/generated/dc-2-7-overnight-dailylog.csv');
    expect(checkDailyAgainstTrades(trades, daily)).toEqual({ consistent: true, problems: [], firstDifference: null });
    const p = computeStats(trades, { daily }).portfolio;
    expect(p.startingCapital).toBe(1_000_000);
    expect(p.drawdownSource).toBe('daily-log');
    expect(p.heldOvernight).toBe(true);
    expectSignificant(p.maxDrawdown, 0.0917897);
    expectSignificant(p.maxDrawdownClosedTrades, 0.0877059);
  });
});
