/** Shared helpers for the database and data-service tests: sql.js, sample files, trade records. */
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';
import { importBytes } from '../../../core/import';
import type { DailyImport, ParsedImport, ReportingImport, Trade, TradeImport } from '../../../core/model';

let sqlJs: Promise<SqlJsStatic> | null = null;

/** sql.js for Node (finds sql-wasm.wasm beside itself). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs();
  return sqlJs;
}

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
}

async function parseSample(name: string): Promise<ParsedImport> {
  const outcome = await importBytes(name, fixtureBytes(`optionomega/${name}`));
  if (!outcome.ok) throw new Error(`${name}: ${outcome.message}`);
  return outcome;
}

export async function sampleTradeLog(name = 'ema-tradelog.csv'): Promise<TradeImport> {
  return (await parseSample(name)) as TradeImport;
}

export async function sampleDailyLog(name = 'ema-dailylog.csv'): Promise<DailyImport> {
  return (await parseSample(name)) as DailyImport;
}

export async function sampleReportingLog(name = 'ema-reporting-log.csv'): Promise<ReportingImport> {
  return (await parseSample(name)) as ReportingImport;
}

export function makeTrade(overrides: Partial<Trade> = {}): Trade {
  return {
    strategy: 'Test',
    symbol: 'SPX',
    dateOpened: '2025-03-03',
    timeOpened: '10:00:00',
    dateClosed: '2025-03-03',
    timeClosed: '16:00:00',
    contracts: 1,
    pl: 100,
    fees: 1.5,
    premium: 2.5,
    marginReq: 5000,
    fundsAtClose: 100100,
    maxLossPct: -20,
    maxProfitPct: 100,
    openingPrice: 5800.25,
    closingPrice: 5810.5,
    legs: '1 Mar 3 5800 P STO 2.50',
    reasonForClose: 'Expired',
    ...overrides,
  };
}

/** A trade import wrapping `trades`, as core/import would return it. */
export function tradeImport(trades: Trade[], contentHash = 'hash-a', fileName = 'trades.csv'): TradeImport {
  return { format: 'optionomega-trades', fileName, contentHash, trades, rejected: [], warnings: [], totalRows: trades.length };
}

/** Byte-for-byte equality (fast for large arrays, unlike a deep toEqual). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
