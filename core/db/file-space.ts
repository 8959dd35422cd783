/**
 * Room in the database file for a large import. sql.js keeps the database file in
 * Emscripten's in-memory file system, which grows a file by 12.5 % at a time and copies it
 * at every step: a 250 MB import copied ~2 GB and triggered a full garbage collection per
 * step, which dominated the import time (see docs/performance.md). Re-opening the database
 * from its bytes followed by zeroed space gives the file its final capacity up front.
 * SQLite ignores bytes beyond the database size recorded in the header (the "in-header
 * database size", always valid in files written by SQLite ≥ 3.7.0) and truncates the file
 * to that size when it commits; `Database.export()` copies only the declared pages. The
 * content is unchanged.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import type { ParsedImport } from '../model';
import { configureConnection } from './connection';

/** Measured file bytes per stored row (EMA and GLD samples, synthetic 1M log), rounded up. */
const BYTES_PER_ROW = { trades: 280, daily: 72, reporting: 220 };

/** Reserving space pays off only for imports that grow the file by more than this. */
const SPACE_RESERVE_THRESHOLD = 8 * 1024 * 1024;

/** About how many bytes an import will add to the database file. */
export function estimatedImportBytes(parsed: ParsedImport): number {
  if (parsed.format === 'optionomega-daily') return parsed.daily.length * BYTES_PER_ROW.daily;
  if (parsed.format === 'optionomega-reporting') return parsed.reporting.length * BYTES_PER_ROW.reporting;
  return parsed.trades.length * BYTES_PER_ROW.trades;
}

/**
 * The same database re-opened with `extraBytes` of free file capacity; `db` is closed.
 * If the copy cannot be opened, `db` is returned unchanged.
 */
export function reopenWithSpace(SQL: SqlJsStatic, db: Database, extraBytes: number): Database {
  const current = db.export();
  const padded = new Uint8Array(current.length + extraBytes);
  padded.set(current);
  let reopened: Database;
  try {
    reopened = configureConnection(new SQL.Database(padded));
  } catch {
    return db;
  }
  db.close();
  return reopened;
}

/** The database to commit `parsed` into: `db` itself, or for a large import `db` re-opened with room for it. */
export function withSpaceFor(SQL: SqlJsStatic, db: Database, parsed: ParsedImport): Database {
  const growth = estimatedImportBytes(parsed);
  return growth > SPACE_RESERVE_THRESHOLD ? reopenWithSpace(SQL, db, growth) : db;
}
