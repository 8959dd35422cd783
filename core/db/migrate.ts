/**
 * Brings a workspace database up to the current schema by applying the pending migrations
 * of schema.ts in order, all inside one transaction (a failed migration leaves the file's
 * database untouched).
 */
import type { Database } from 'sql.js';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from './schema';
import { inTransaction } from './transaction';

/** `PRAGMA user_version` of the database. */
export function schemaVersion(db: Database): number {
  return Number(db.exec('PRAGMA user_version')[0].values[0][0]);
}

/** Applies migrations from the database's version up to `target` (default: current). */
export function migrate(db: Database, target: number = CURRENT_SCHEMA_VERSION): void {
  const from = schemaVersion(db);
  if (from >= target) return;
  inTransaction(db, () => {
    for (let version = from; version < target; version++) {
      MIGRATIONS[version](db);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    }
  });
}
