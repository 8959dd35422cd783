/**
 * Runs a unit of work inside one SQLite transaction: COMMIT when it returns, ROLLBACK when
 * it throws (the error is re-thrown), so the database is either fully changed or exactly
 * as before.
 */
import type { Database } from 'sql.js';

export function inTransaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
