/**
 * Reading imported rows back: trades through a TradeFilter, in SPEC order (date opened,
 * time opened, Funds at Close; import order breaks remaining ties), the daily log by date
 * the reporting log by open time and the bets by settlement date (file order within a date).
 */
import type { Database, SqlValue } from 'sql.js';
import type { DailyLogRow, ReportingTrade, SettledBet, Trade } from '../model';
import type { TradeFilter } from '../stats/types';
import type { RecordTable } from './record-table';
import { betsTable, dailyTable, reportingTable, tradesTable } from './tables';

function selectRecords<T>(db: Database, table: RecordTable<T>, where: string[], params: SqlValue[], orderBy: string): T[] {
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const statement = db.prepare(`SELECT ${table.selectList} FROM ${table.table}${whereSql} ORDER BY ${orderBy}`);
  try {
    statement.bind(params);
    const records: T[] = [];
    while (statement.step()) records.push(table.fromRow(statement.get()));
    return records;
  } finally {
    statement.free();
  }
}

/**
 * Trades matching the filter. `strategies` absent or empty means every strategy;
 * `from`/`to` are inclusive ISO dates on the open date.
 */
export function queryTrades(db: Database, filter: TradeFilter = {}): Trade[] {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.strategies && filter.strategies.length) {
    where.push(`strategy IN (${filter.strategies.map(() => '?').join(', ')})`);
    params.push(...filter.strategies);
  }
  if (filter.from) {
    where.push('date_opened >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('date_opened <= ?');
    params.push(filter.to);
  }
  return selectRecords(db, tradesTable, where, params, 'date_opened, time_opened, funds_at_close NULLS LAST, id');
}

export function queryDaily(db: Database): DailyLogRow[] {
  return selectRecords(db, dailyTable, [], [], 'date, id');
}

export function queryReporting(db: Database): ReportingTrade[] {
  return selectRecords(db, reportingTable, [], [], 'date_opened, time_opened, id');
}

export function queryBets(db: Database): SettledBet[] {
  return selectRecords(db, betsTable, [], [], 'date, id');
}
