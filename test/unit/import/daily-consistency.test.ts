// checkDailyAgainstTrades: the EMA daily log belongs to the EMA trades; the MEIC daily log does not.
import { describe, expect, it } from 'vitest';
import { checkDailyAgainstTrades } from '../../../core/import';
import { importDaily, importTrades } from '../support/fixtures';

describe('daily log vs trade log', () => {
  it('EMA: consistent', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    const { daily } = await importDaily('optionomega/ema-dailylog.csv');
    expect(checkDailyAgainstTrades(trades, daily)).toEqual({ consistent: true, problems: [] });
  });

  it('MEIC: inconsistent, and the problems say what differs', async () => {
    const { trades } = await importTrades('optionomega/meic-tradelog.csv');
    const { daily } = await importDaily('optionomega/meic-dailylog.csv');
    expect(checkDailyAgainstTrades(trades, daily)).toEqual({
      consistent: false,
      problems: [
        'Different end dates: the daily log ends on 2025-10-08 but the last trade closes on 2025-11-21.',
        'Different total P/L: the daily log sums to 3,589.96 but the trades sum to 408.08.',
        'The P/L differs on 2 of 192 days (2025-04-07: daily 16.32 vs trades 17.64; 2025-05-12: daily -138.68 vs trades 409.2).',
        "Different starting equity: the daily log starts at Net Liquidity 100,000 (before the first day's P/L) but the trades start at 125,000.",
      ],
    });
  });

  it('a shifted start is reported; a weekend gap of a few days is not', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    const { daily } = await importDaily('optionomega/ema-dailylog.csv');
    const late = daily.slice(10);
    const problems = checkDailyAgainstTrades(trades, late).problems;
    expect(problems[0]).toBe(`Different start dates: the daily log starts on ${late[0].date} but the first trade opens on 2025-01-02.`);
    expect(checkDailyAgainstTrades(trades, daily.slice(0, -1)).problems.some((p) => p.includes('end dates'))).toBe(false);
  });

  it('empty inputs are inconsistent, with a reason', () => {
    expect(checkDailyAgainstTrades([], [])).toEqual({ consistent: false, problems: ['The daily log has no rows.'] });
  });
});
