/**
 * Compares the schema of an opened workspace with the one this build expects (the schema a
 * fresh workspace gets from the migrations of schema.ts), before any row is read:
 * - no triggers and no views at all (checked before migrating: a trigger in a file could
 *   otherwise fire on the next import, e.g. delete every trade). A file that has one is
 *   REFUSED, never cleaned silently;
 * - after migrating: exactly the expected tables and indexes, and in every table exactly the
 *   expected columns with the expected declared type, NOT NULL flag and primary key.
 * Returns one message naming the object (table, column) and the problem, or null.
 */
import type { Database } from 'sql.js';

export interface ColumnShape {
  name: string;
  /** Declared type, upper case ('REAL', 'TEXT', 'INTEGER'). */
  type: string;
  notNull: boolean;
  /** Position in the primary key (0 = not part of it). */
  pk: number;
}

export interface SchemaShape {
  /** `type name` of every schema object but SQLite's internal ones, sorted. */
  objects: { type: string; name: string; table: string }[];
  /** Columns of every table, in declaration order. */
  tables: Map<string, ColumnShape[]>;
}

/** Identifier in double quotes (SQL), safe for any name a file may hold. */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function shown(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

/** The schema of a database, as `sqlite_master` and `PRAGMA table_info` describe it. */
export function describeSchema(db: Database): SchemaShape {
  const rows = db.exec("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY type, name");
  const objects = rows.length ? rows[0].values.map(([type, name, table]) => ({ type: String(type), name: String(name), table: String(table) })) : [];
  const tables = new Map<string, ColumnShape[]>();
  for (const object of objects) {
    if (object.type !== 'table') continue;
    const info = db.exec(`PRAGMA table_info(${sqlIdentifier(object.name)})`);
    tables.set(
      object.name,
      info.length ? info[0].values.map(([, name, type, notNull, , pk]) => ({ name: String(name), type: String(type).toUpperCase(), notNull: Number(notNull) === 1, pk: Number(pk) })) : [],
    );
  }
  return { objects, tables };
}

/** A trigger or view in the file (refused: Sizewise never runs code stored in a workspace), or null. */
export function triggerOrViewProblem(db: Database): string | null {
  const rows = db.exec("SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type DESC, name LIMIT 1");
  if (!rows.length) return null;
  const [type, name, table] = rows[0].values[0].map(String);
  const what = type === 'trigger' ? `a trigger "${shown(name)}" on table ${shown(table)}` : `a view "${shown(name)}"`;
  return `it contains ${what}. Sizewise workspaces never contain triggers or views (they could change or hide data behind the app's back), so the file was not opened.`;
}

/** What differs between the file's schema and the expected one (first difference), or null. */
export function schemaProblem(actual: SchemaShape, expected: SchemaShape): string | null {
  const key = (o: { type: string; name: string }) => `${o.type} ${o.name}`;
  const expectedKeys = new Set(expected.objects.map(key));
  const actualKeys = new Set(actual.objects.map(key));
  const extra = actual.objects.find((o) => !expectedKeys.has(key(o)));
  if (extra) return `it contains an unknown ${extra.type} "${shown(extra.name)}" that no Sizewise version creates.`;
  const missing = expected.objects.find((o) => !actualKeys.has(key(o)));
  if (missing) return missing.type === 'table' ? `table ${missing.name} is missing.` : `${missing.type} ${missing.name} (on table ${missing.table}) is missing.`;
  for (const [table, columns] of expected.tables) {
    const have = actual.tables.get(table) ?? [];
    for (const column of columns) {
      const found = have.find((c) => c.name === column.name);
      if (!found) return `table ${table} has no column ${column.name}.`;
      if (found.type !== column.type) return `column ${column.name} of table ${table} is declared ${shown(found.type) || 'without a type'}, expected ${column.type}.`;
      if (found.notNull !== column.notNull) return `column ${column.name} of table ${table} ${column.notNull ? 'allows empty (NULL) values' : 'is declared NOT NULL'}, unlike the Sizewise schema.`;
      if (found.pk !== column.pk) return `column ${column.name} of table ${table} has a different primary key than the Sizewise schema.`;
    }
    const unknown = have.find((c) => !columns.some((column) => column.name === c.name));
    if (unknown) return `table ${table} has an unknown column "${shown(unknown.name)}".`;
  }
  return null;
}
