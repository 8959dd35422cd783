/** Shared helpers for the database and data-service tests: sql.js, the sample logs, trade imports, byte comparison. */
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';
import type { DailyImport, ReportingImport, Trade, TradeImport } from '../../../core/model';
import { importDaily, importReporting, importTrades } from '../support/fixtures';

let sqlJs: Promise<SqlJsStatic> | null = null;

/** sql.js for Node (finds sql-wasm.wasm beside itself). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs();
  return sqlJs;
}

/** The bytes of a fixture; re-exported for the tests that reach it through this module (test/e2e, renderer, workspace). */

export function sampleTradeLog(name = 'ema-tradelog.csv'): Promise<TradeImport> {
  return importTrades(`optionomega/${name}`);
}

export function sampleDailyLog(name = 'ema-dailylog.csv'): Promise<DailyImport> {
  return importDaily(`optionomega/${name}`);
}

export function sampleReportingLog(name = 'ema-reporting-log.csv'): Promise<ReportingImport> {
  return importReporting(`optionomega/${name}`);
}

/** A trade import wrapping `trades`, as core/import would return it. */
export function tradeImport(trades: Trade[], contentHash = 'hash-a', fileName = 'trades.csv'): TradeImport {
  return { format: 'optionomega-trades', fileName, contentHash, trades, rejected: [], warnings: [], totalRows: trades.length };
}

/** Byte-for-byte equality (fast for large arrays, unlike a deep toEqual). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
