// The EMA trade log with its daily log: starting capital from the first Net Liquidity row,
// drawdown recomputed from Net Liquidity. The trades are 0DTE (opened and closed the same
// day), so end-of-day Net Liquidity equals realized equity and the drawdown equals the trade
// curve's (0.128921, also the −12.89 minimum of the exported Drawdown % column). The daily
// log has 192 rows (days with a trade), so the time-in-drawdown share is over rows:
// 170 of 192 rows below the running peak, the longest run 136 rows.
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
    expect(p.timeInDrawdown).toBeCloseTo(170 / 192, 12);
    expect(p.longestDrawdownDays).toBe(136);
    expect(p.drawdownCurve).toHaveLength(192);
    expect(p.drawdownCurve.at(-1)).toMatchObject({ date: '2025-10-08', equity: 119735 });
    expectSignificant(p.calmar, 2.06257);
  });
  it('keeps the trade curve for a strategy filter, from the same starting capital', () => {
    const p = computeStats(trades, { daily, filter: { strategies: ['0DTE CCS - EMA Entry'] } }).portfolio;
    expect(p.startingCapitalSource).toBe('daily-log');
    expect(p.startingCapital).toBe(100000);
    expect(p.drawdownSource).toBe('trades');
    expectSignificant(p.maxDrawdown, 0.0831331);
    expectSignificant(p.kelly, 0.0996278);
  });
  it('uses the trade curve when the user overrides the capital', () => {
    const p = computeStats(trades, { daily, startingCapital: 50000 }).portfolio;
    expect([p.startingCapital, p.startingCapitalSource, p.drawdownSource]).toEqual([50000, 'user', 'trades']);
    expect(p.finalEquity).toBeCloseTo(69735, 6);
  });
});
