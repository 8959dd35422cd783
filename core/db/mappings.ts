/**
 * Generic-adapter column mappings remembered per header signature (schema v2), so a CSV
 * layout mapped once is recognised the next time.
 */
import type { Database } from 'sql.js';
import type { ColumnMapping } from '../model';

export function getMapping(db: Database, headerSignature: string): ColumnMapping | null {
  const statement = db.prepare('SELECT mapping_json FROM mappings WHERE header_signature = ?');
  try {
    statement.bind([headerSignature]);
    return statement.step() ? (JSON.parse(String(statement.get()[0])) as ColumnMapping) : null;
  } finally {
    statement.free();
  }
}

export function saveMapping(db: Database, headerSignature: string, mapping: ColumnMapping, updatedAt: string): void {
  db.run(
    `INSERT INTO mappings (header_signature, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (header_signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
    [headerSignature, JSON.stringify(mapping), updatedAt],
  );
}
