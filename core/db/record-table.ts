/**
 * Maps a domain record type to the columns of one SQLite table, so the INSERT statement,
 * the SELECT list and the row ⇄ record conversions all come from a single column list.
 * Values are stored as they are (numbers as REAL, strings as TEXT, null as NULL): a JS
 * number survives the round trip through SQLite REAL bit for bit.
 */
import type { SqlValue } from 'sql.js';

export interface RecordTable<T> {
  table: string;
  /** Record fields in column order. */
  fields: (keyof T & string)[];
  /** SQL column names in the same order. */
  columns: string[];
  /** `INSERT INTO table (import_id, columns...) VALUES (?, ...)`. */
  insertSql: string;
  /** `col AS ...` list for SELECT, in field order. */
  selectList: string;
  /** A row buffer for `fillRow`, with the import id in the first parameter. */
  emptyRow(importId: number): SqlValue[];
  /** Writes the record's values into `row` (after the import id) and returns it. */
  fillRow(row: SqlValue[], record: T): SqlValue[];
  fromRow(row: SqlValue[]): T;
}

/** Builds the column mapping for a table whose rows also carry the id of their import. */
export function recordTable<T>(table: string, columnOf: { [K in keyof T & string]-?: string }): RecordTable<T> {
  const fields = Object.keys(columnOf) as (keyof T & string)[];
  const columns = fields.map((field) => columnOf[field]);
  const placeholders = columns.map(() => '?').join(', ');
  return {
    table,
    fields,
    columns,
    insertSql: `INSERT INTO ${table} (import_id, ${columns.join(', ')}) VALUES (?, ${placeholders})`,
    selectList: columns.join(', '),
    emptyRow(importId) {
      const row: SqlValue[] = new Array(fields.length + 1).fill(null);
      row[0] = importId;
      return row;
    },
    fillRow(row, record) {
      for (let i = 0; i < fields.length; i++) row[i + 1] = record[fields[i]] as SqlValue;
      return row;
    },
    fromRow(row) {
      const record: Record<string, SqlValue> = {};
      for (let i = 0; i < fields.length; i++) record[fields[i]] = row[i];
      return record as T;
    },
  };
}
