// checkDailyAgainstTrades (SPEC-metrics §2): the bundled EMA daily log belongs to the EMA
// trades (Current Funds + Withdrawn = 100,000 + closed P/L on all 192 days); the MEIC daily log
// does not: on its first date, 2025-01-02, it holds 100,000 while the MEIC trades start at
// 125,000 (Funds at Close 125,000 − P/L of the first trade to close, which closes 2025-01-03),
// and it ends 2025-10-08 while the last trade closes 2025-11-21.
import { describe, expect, it } from 'vitest';
import { checkDailyAgainstTrades } from '../../../core/import';
import { importDaily, importTrades } from '../support/fixtures';

describe('daily log vs trade log', () => {
  it('EMA: accepted', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    const { daily } = await importDaily('optionomega/ema-dailylog.csv');
    expect(checkDailyAgainstTrades(trades, daily)).toEqual({ consistent: true, problems: [], firstDifference: null });
  });

  it('MEIC: refused, naming the first date that differs with both amounts', async () => {
    const { trades } = await importTrades('optionomega/meic-tradelog.csv');
    const { daily } = await importDaily('optionomega/meic-dailylog.csv');
    const check = checkDailyAgainstTrades(trades, daily);
    expect(check.consistent).toBe(false);
    expect(check.firstDifference).toEqual({ date: '2025-01-02', dailyLog: 100000, trades: 125000 });
    expect(check.problems[0]).toBe('Different end dates: the daily log ends on 2025-10-08 but the last trade closes on 2025-11-21.');
    expect(check.problems[1]).toMatch(/^Realized equity differs on 192 of 192 days, first on 2025-01-02: the daily log's Current Funds \+ Withdrawn is 100,000 but the trades' starting capital \+ closed P\/L is 125,000\.$/);
  });

  it('a shifted start is reported; a weekend gap of a few days is not', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    const { daily } = await importDaily('optionomega/ema-dailylog.csv');
    const late = daily.slice(10);
    const problems = checkDailyAgainstTrades(trades, late).problems;
    expect(problems[0]).toBe(`Different start dates: the daily log starts on ${late[0].date} but the first trade opens on 2025-01-02.`);
    expect(checkDailyAgainstTrades(trades, daily.slice(0, -1)).problems.some((p) => p.includes('end dates'))).toBe(false);
  });

  it('empty inputs are refused, with a reason', () => {
    expect(checkDailyAgainstTrades([], [])).toEqual({ consistent: false, problems: ['The daily log has no rows.'], firstDifference: null });
  });
});
