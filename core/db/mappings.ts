/**
 * Column mappings remembered per header signature, so a CSV layout mapped once is
 * recognised the next time: the generic trade CSV's (table mappings, schema v2) and the
 * bet files' (table bet_mappings, schema v3, issue 12). Both tables have the same columns.
 */
import type { Database } from 'sql.js';
import type { BetColumnMapping, ColumnMapping } from '../model';

type MappingTable = 'mappings' | 'bet_mappings';

function readMapping<T>(db: Database, table: MappingTable, headerSignature: string): T | null {
  const statement = db.prepare(`SELECT mapping_json FROM ${table} WHERE header_signature = ?`);
  try {
    statement.bind([headerSignature]);
    return statement.step() ? (JSON.parse(String(statement.get()[0])) as T) : null;
  } finally {
    statement.free();
  }
}

function writeMapping(db: Database, table: MappingTable, headerSignature: string, mapping: object, updatedAt: string): void {
  db.run(
    `INSERT INTO ${table} (header_signature, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (header_signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
    [headerSignature, JSON.stringify(mapping), updatedAt],
  );
}

export function getMapping(db: Database, headerSignature: string): ColumnMapping | null {
  return readMapping<ColumnMapping>(db, 'mappings', headerSignature);
}

export function saveMapping(db: Database, headerSignature: string, mapping: ColumnMapping, updatedAt: string): void {
  writeMapping(db, 'mappings', headerSignature, mapping, updatedAt);
}

export function getBetMapping(db: Database, headerSignature: string): BetColumnMapping | null {
  return readMapping<BetColumnMapping>(db, 'bet_mappings', headerSignature);
}

export function saveBetMapping(db: Database, headerSignature: string, mapping: BetColumnMapping, updatedAt: string): void {
  writeMapping(db, 'bet_mappings', headerSignature, mapping, updatedAt);
}
