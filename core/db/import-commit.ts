/**
 * Commits one parsed import (trade, daily, reporting or bet log) atomically: the provenance
 * record and every row go in through one prepared statement inside ONE transaction, so
 * either all rows land or the database is exactly as before.
 */
import type { Database, SqlValue } from 'sql.js';
import type { BetLogImport, ImportFormat, ParsedImport } from '../model';
import type { RecordTable } from './record-table';
import { betsTable, dailyTable, reportingTable, tradesTable } from './tables';
import { inTransaction } from './transaction';
import { saveBetMapping, saveMapping } from './mappings';

/** What a log contributes to a workspace; `replace` works per kind. */
export type ImportKind = 'trades' | 'daily' | 'reporting' | 'bets';

/** What can be committed: a trade-side import, or a bet log (issue 12; its own table, never replacing the trade log). */
export type CommittableImport = ParsedImport | BetLogImport;

const FORMATS_OF_KIND: Record<ImportKind, ImportFormat[]> = {
  trades: ['optionomega-trades', 'generic-trades'],
  daily: ['optionomega-daily'],
  reporting: ['optionomega-reporting'],
  bets: ['bet-log'],
};

const TABLE_OF_KIND: Record<ImportKind, string> = {
  trades: tradesTable.table,
  daily: dailyTable.table,
  reporting: reportingTable.table,
  bets: betsTable.table,
};

export function importKind(format: ImportFormat): ImportKind {
  if (format === 'optionomega-daily') return 'daily';
  if (format === 'optionomega-reporting') return 'reporting';
  if (format === 'bet-log') return 'bets';
  return 'trades';
}

export interface CommitOptions {
  /** Remove the rows (and provenance) of the same kind first. */
  replace?: boolean;
  /** ISO timestamp recorded as the import time. */
  importedAt: string;
}

export type CommitResult =
  | { ok: true; importId: number; rows: number }
  | { ok: false; code: 'duplicate-import' | 'insert-failed'; message: string };

function rowCount(parsed: CommittableImport): number {
  if (parsed.format === 'bet-log') return parsed.bets.length;
  if (parsed.format === 'optionomega-daily') return parsed.daily.length;
  if (parsed.format === 'optionomega-reporting') return parsed.reporting.length;
  return parsed.trades.length;
}

function formatList(kind: ImportKind): string {
  return FORMATS_OF_KIND[kind].map((format) => `'${format}'`).join(', ');
}

function alreadyImported(db: Database, parsed: CommittableImport, kind: ImportKind): string | null {
  const statement = db.prepare(`SELECT file_name FROM imports WHERE content_hash = ? AND format IN (${formatList(kind)})`);
  try {
    statement.bind([parsed.contentHash]);
    return statement.step() ? String(statement.get()[0]) : null;
  } finally {
    statement.free();
  }
}

function removeKind(db: Database, kind: ImportKind): void {
  db.exec(`DELETE FROM ${TABLE_OF_KIND[kind]}`);
  db.exec(`DELETE FROM imports WHERE format IN (${formatList(kind)})`);
}

function insertRows<T>(db: Database, table: RecordTable<T>, importId: number, records: readonly T[]): void {
  const statement = db.prepare(table.insertSql);
  try {
    const row = table.emptyRow(importId);
    for (let i = 0; i < records.length; i++) {
      try {
        statement.run(table.fillRow(row, records[i]));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${table.table} row ${i + 1} of ${records.length}: ${reason}`);
      }
    }
  } finally {
    statement.free();
  }
}

function insertRecords(db: Database, parsed: CommittableImport, importId: number): void {
  if (parsed.format === 'bet-log') insertRows(db, betsTable, importId, parsed.bets);
  else if (parsed.format === 'optionomega-daily') insertRows(db, dailyTable, importId, parsed.daily);
  else if (parsed.format === 'optionomega-reporting') insertRows(db, reportingTable, importId, parsed.reporting);
  else insertRows(db, tradesTable, importId, parsed.trades);
}

/** Writes a parsed import; on any failure the database is unchanged. */
export function commitParsedImport(db: Database, parsed: CommittableImport, options: CommitOptions): CommitResult {
  const kind = importKind(parsed.format);
  if (!options.replace) {
    const previous = alreadyImported(db, parsed, kind);
    if (previous !== null) {
      return {
        ok: false,
        code: 'duplicate-import',
        message: `${parsed.fileName} has the same content as ${previous}, which is already in this workspace (import it with "replace" to reload it).`,
      };
    }
  }
  const rows = rowCount(parsed);
  try {
    const importId = inTransaction(db, () => {
      if (options.replace) removeKind(db, kind);
      const provenance: SqlValue[] = [
        parsed.fileName,
        parsed.contentHash,
        parsed.format,
        options.importedAt,
        rows,
        parsed.rejected.length,
        JSON.stringify(parsed.warnings),
      ];
      db.run(
        'INSERT INTO imports (file_name, content_hash, format, imported_at, accepted, rejected, warnings_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
        provenance,
      );
      const id = Number(db.exec('SELECT last_insert_rowid()')[0].values[0][0]);
      insertRecords(db, parsed, id);
      if (parsed.format === 'generic-trades' && parsed.generic) {
        saveMapping(db, parsed.generic.headerSignature, parsed.generic.mapping, options.importedAt);
      }
      if (parsed.format === 'bet-log') saveBetMapping(db, parsed.headerSignature, parsed.mapping, options.importedAt);
      return id;
    });
    return { ok: true, importId, rows };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'insert-failed', message: `Import of ${parsed.fileName} failed and was undone: ${reason}` };
  }
}
