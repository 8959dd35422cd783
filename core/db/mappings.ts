/**
 * Column mappings remembered per header signature, so a CSV layout mapped once is
 * recognised the next time: the generic trade CSV's (table mappings, schema v2) and the
 * bet files' (table bet_mappings, schema v3, issue 12).
 */
import type { Database } from 'sql.js';
import type { BetColumnMapping, ColumnMapping } from '../model';

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

export function getBetMapping(db: Database, headerSignature: string): BetColumnMapping | null {
  const statement = db.prepare('SELECT mapping_json FROM bet_mappings WHERE header_signature = ?');
  try {
    statement.bind([headerSignature]);
    return statement.step() ? (JSON.parse(String(statement.get()[0])) as BetColumnMapping) : null;
  } finally {
    statement.free();
  }
}

export function saveBetMapping(db: Database, headerSignature: string, mapping: BetColumnMapping, updatedAt: string): void {
  db.run(
    `INSERT INTO bet_mappings (header_signature, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (header_signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
    [headerSignature, JSON.stringify(mapping), updatedAt],
  );
}
