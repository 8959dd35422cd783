/** Every field of every imported record survives a write to SQLite and a read back, bit for bit. */
import { describe, expect, it } from 'vitest';
import { commitParsedImport, createWorkspace, queryDaily, queryReporting, queryTrades } from '../../../core/db';
import { sortTrades } from '../../../core/import';
import type { ReportingTrade } from '../../../core/model';
import { populatedTrade } from '../support/make-trade';
import { loadSqlJs, sampleDailyLog, sampleReportingLog, sampleTradeLog, tradeImport } from './sample';

describe('record round trip through the workspace database', () => {
  it('stores and reads back trades with nulls, awkward numbers and text unchanged', async () => {
    const db = createWorkspace(await loadSqlJs());
    const trades = [
      populatedTrade({ pl: 0.1 + 0.2, fees: 1e-9, premium: null, marginReq: null, fundsAtClose: null, legs: 'Ünïcode | "quoted", comma' }),
      populatedTrade({ dateOpened: '2025-03-04', dateClosed: null, timeClosed: '', contracts: 2.5, pl: -1234567.891, maxLossPct: null, maxProfitPct: null }),
    ];
    expect(commitParsedImport(db, tradeImport(trades), { importedAt: '2025-01-01T00:00:00.000Z' })).toEqual({ ok: true, importId: 1, rows: 2 });
    expect(queryTrades(db)).toEqual(trades);
    expect(queryTrades(db)[0].pl).toBe(0.30000000000000004);
  });

  it('stores the EMA trade, daily and reporting logs unchanged', async () => {
    const db = createWorkspace(await loadSqlJs());
    const [trades, daily, reporting] = await Promise.all([sampleTradeLog(), sampleDailyLog(), sampleReportingLog()]);
    for (const parsed of [trades, daily, reporting]) expect(commitParsedImport(db, parsed, { importedAt: 'now' }).ok).toBe(true);
    expect(queryTrades(db)).toHaveLength(384);
    expect(queryTrades(db)).toEqual(sortTrades(trades.trades));
    expect(queryDaily(db)).toEqual(daily.daily);
    const byOpen = (a: ReportingTrade, b: ReportingTrade) => `${a.dateOpened} ${a.timeOpened}`.localeCompare(`${b.dateOpened} ${b.timeOpened}`);
    expect(queryReporting(db)).toHaveLength(384);
    expect(queryReporting(db)).toEqual([...reporting.reporting].sort(byOpen));
  });
});
