// The EMA trade log with its daily log: starting capital from the first Net Liquidity row, the
// portfolio curve marked to market from Net Liquidity (SPEC §2) on the business-day calendar
// (a day without a daily row carries Net Liquidity forward). The trades are 0DTE (opened and
// closed the same day), so end-of-day Net Liquidity equals realized equity: every curve figure
// equals the closed-trade curve's — SPEC §2's EMA reference (max drawdown 0.128921, also the
// −12.89 minimum of the exported Drawdown % column; Sharpe 1.22224, Sortino 1.58696, Calmar
// 2.06257) — and the curve itself is the closed-trade curve.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DailyLogRow, Trade } from '../../../core/model';
import { computeStats } from '../../../core/stats';
import { fixtureDaily, fixtureTrades } from '../support/fixtures';
import { expectSignificant } from './precision';

let trades: Trade[];
let daily: DailyLogRow[];

beforeAll(async () => {
  trades = await fixtureTrades('ema-tradelog.csv');
  daily = await fixtureDaily('ema-dailylog.csv');
});

describe('EMA with the daily log', () => {
  it('takes the starting capital and drawdown from the daily log', () => {
    const p = computeStats(trades, { daily }).portfolio;
    expect(p.startingCapital).toBe(100000); // 100756 − 756 on 2025-01-02
    expect(p.startingCapitalSource).toBe('daily-log');
    expect(p.drawdownSource).toBe('daily-log');
    expectSignificant(p.maxDrawdown, 0.128921);
    expectSignificant(p.maxDrawdownClosedTrades, 0.128921);
    expectSignificant(p.sharpe, 1.22224);
    expectSignificant(p.sortino, 1.58696);
    expectSignificant(p.calmar, 2.06257);
    const closedOnly = computeStats(trades).portfolio;
    expect(p.timeInDrawdown).toBeCloseTo(closedOnly.timeInDrawdown, 12);
    expect(p.longestDrawdownDays).toBe(closedOnly.longestDrawdownDays);
    expect(p.drawdownCurve.map((d) => [d.date, Math.round(d.equity * 100) / 100])).toEqual(closedOnly.curve.map((d) => [d.date, d.equity]));
    expect(p.drawdownCurve.at(-1)).toMatchObject({ date: '2025-10-08', equity: 119735 });
  });
  it('keeps the trade curve for a strategy filter, from the same starting capital', () => {
    const p = computeStats(trades, { daily, filter: { strategies: ['0DTE CCS - EMA Entry'] } }).portfolio;
    expect(p.startingCapitalSource).toBe('daily-log');
    expect(p.startingCapital).toBe(100000);
    expect(p.drawdownSource).toBe('trades');
    expectSignificant(p.maxDrawdown, 0.0831331);
    expect(computeStats(trades, { daily, filter: { strategies: ['0DTE CCS - EMA Entry'] } }).warnings).toContain(
      "Strategy filter: the curve (drawdown, CAGR, Sharpe) is built from the selected strategies' own trades, on closed trades; the daily log is portfolio-wide, so it is not marked to market here.",
    );
    expectSignificant(p.kelly, 0.0996278);
  });
  it('uses the trade curve when the user overrides the capital', () => {
    const p = computeStats(trades, { daily, startingCapital: 50000 }).portfolio;
    expect([p.startingCapital, p.startingCapitalSource, p.drawdownSource]).toEqual([50000, 'user', 'trades']);
    expect(p.finalEquity).toBeCloseTo(69735, 6);
  });
});
