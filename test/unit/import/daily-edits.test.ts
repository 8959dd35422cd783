// Hand edits of the EMA daily log (SPEC-metrics §2, tolerance $1): a cent-level edit of one
// Current Funds is still accepted; a $5 edit is refused naming that date with both amounts;
// an edited P/L (no longer the change in Net Liquidity) is refused naming the row.
// Line 11 of ema-dailylog.csv is dated 2025-01-16: Net Liquidity = Current Funds = 101,210,
// P/L 741 (line 10: 100,469) — read off the file.
import { describe, expect, it } from 'vitest';
import { checkDailyAgainstTrades, importBytes } from '../../../core/import';
import type { DailyLogRow } from '../../../core/model';
import { fixtureTextWith, importTrades } from '../support/fixtures';

async function editedDaily(edits: Record<number, Record<number, string>>): Promise<DailyLogRow[]> {
  const text = fixtureTextWith('optionomega/ema-dailylog.csv', edits);
  const outcome = await importBytes('ema-dailylog.csv', new TextEncoder().encode(text));
  if (!outcome.ok || outcome.format !== 'optionomega-daily') throw new Error('edited daily log did not import');
  return outcome.daily;
}

describe('edited daily log', () => {
  it('line 11 is the row the tests edit', async () => {
    const daily = await editedDaily({});
    expect(daily[9]).toMatchObject({ date: '2025-01-16', netLiquidity: 101210, currentFunds: 101210, pl: 741 });
    expect(daily[8].netLiquidity).toBe(100469);
  });
  it('a cent on Current Funds is accepted', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    expect(checkDailyAgainstTrades(trades, await editedDaily({ 11: { 2: '101210.01' } })).consistent).toBe(true);
  });
  it('$5 on Current Funds is refused, naming 2025-01-16 with both amounts', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    const check = checkDailyAgainstTrades(trades, await editedDaily({ 11: { 2: '101215' } }));
    expect(check.consistent).toBe(false);
    expect(check.firstDifference).toEqual({ date: '2025-01-16', dailyLog: 101215, trades: 101210 });
    expect(check.problems).toEqual([
      "Realized equity differs on 1 of 192 days, first on 2025-01-16: the daily log's Current Funds + Withdrawn is 101,215 but the trades' starting capital + closed P/L is 101,210.",
    ]);
  });
  it('a P/L that is not the change in Net Liquidity is refused, naming the row', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    const check = checkDailyAgainstTrades(trades, await editedDaily({ 11: { 5: '1252' } }));
    expect(check.consistent).toBe(false);
    expect(check.firstDifference).toBeNull();
    expect(check.problems).toEqual([
      "The daily log's row dated 2025-01-16 (row 11 in date order) is not consistent: its P/L is 1,252 but Net Liquidity changed by 741 (from 100,469 to 101,210); the log looks edited or damaged.",
    ]);
  });
});
