/**
 * Per-connection settings of every workspace database. sql.js keeps files in Emscripten's
 * in-memory file system, where a growing file is copied at every 12.5 % step; SQLite's
 * scratch data is better kept in SQLite's own memory:
 * - journal_mode = MEMORY: the rollback journal of an import (ROLLBACK still restores every
 *   page) is not a second growing file;
 * - temp_store = MEMORY: sorting 1,000,000 trades for a query does not spill to temp files.
 */
import type { Database } from 'sql.js';

export function configureConnection(db: Database): Database {
  db.exec('PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY');
  return db;
}
