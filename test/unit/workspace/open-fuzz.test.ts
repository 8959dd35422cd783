/**
 * Issue 8 acceptance: whole workspace files, built through the real import + save path,
 * with random damage to the schema (drop, rename or retype a column, drop a table, add a
 * trigger, view or index), to rows (text, blobs, NULL, non-finite, huge, tiny and negative
 * values, impossible dates, in any column of any row) and to pages (random byte flips,
 * truncation). Opening either succeeds — and then every number in the summary and in the
 * statistics is finite — or refuses with a code and a message; after a refusal the workspace
 * that was open is untouched (same summary, same bytes). The seed is fixed on CI
 * (test/unit/setup/fast-check.ts); the run takes well under a minute.
 */
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeSchema } from '../../../core/db/schema-check';
import type { SqlValue } from 'sql.js';
import { loadSqlJs, sameBytes } from '../db/sample';
import { importSample } from '../support/data-service';
import { newService, validWorkspace } from './damaged-workspace';

let valid: Uint8Array;
let previous: Uint8Array;
let columns: [string, string][];
let tables: string[];

beforeAll(async () => {
  valid = await validWorkspace();
  const other = await newService();
  await importSample(other, 'ema-tradelog.csv');
  previous = await other.exportWorkspace();
  const SQL = await loadSqlJs();
  const db = new SQL.Database(valid);
  const shape = describeSchema(db);
  db.close();
  tables = [...shape.tables.keys()].filter((name) => name !== 'sqlite_sequence');
  columns = tables.flatMap((table) => shape.tables.get(table)!.map((column) => [table, column.name] as [string, string]));
});

type Damage =
  | { kind: 'sql'; sql: string; params?: SqlValue[] }
  | { kind: 'flip'; flips: [number, number][] }
  | { kind: 'truncate'; at: number };

const column = () => fc.integer({ min: 0, max: 10_000 }).map((i) => columns[i % columns.length]);
const table = () => fc.integer({ min: 0, max: 100 }).map((i) => tables[i % tables.length]);

const schemaDamage: fc.Arbitrary<Damage> = fc.oneof(
  column().map(([t, c]) => ({ kind: 'sql' as const, sql: `ALTER TABLE "${t}" DROP COLUMN "${c}"` })),
  column().map(([t, c]) => ({ kind: 'sql' as const, sql: `ALTER TABLE "${t}" RENAME COLUMN "${c}" TO "${c}_old"` })),
  fc.tuple(column(), fc.constantFrom('TEXT', 'BLOB', 'INTEGER', 'REAL', '')).map(([[t, c], type]) => ({
    kind: 'sql' as const,
    sql: `PRAGMA writable_schema = 1; UPDATE sqlite_master SET sql = replace(replace(replace(sql, '${c} REAL', '${c} ${type}'), '${c} TEXT', '${c} ${type}'), '${c} INTEGER', '${c} ${type}') WHERE name = '${t}'`,
  })),
  fc.tuple(column(), fc.boolean()).map(([[t, c], notNull]) => ({
    kind: 'sql' as const,
    sql: `PRAGMA writable_schema = 1; UPDATE sqlite_master SET sql = ${notNull ? `replace(sql, '${c} TEXT,', '${c} TEXT NOT NULL,')` : `replace(sql, '${c} REAL NOT NULL', '${c} REAL')`} WHERE name = '${t}'`,
  })),
  table().map((t) => ({ kind: 'sql' as const, sql: `DROP TABLE "${t}"` })),
  table().map((t) => ({ kind: 'sql' as const, sql: `CREATE TRIGGER fuzz AFTER INSERT ON "${t}" BEGIN DELETE FROM trades; END` })),
  table().map((t) => ({ kind: 'sql' as const, sql: `CREATE VIEW fuzz AS SELECT * FROM "${t}"` })),
  column().map(([t, c]) => ({ kind: 'sql' as const, sql: `CREATE INDEX fuzz ON "${t}" ("${c}")` })),
);

const badValue: fc.Arbitrary<SqlValue> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('0garbage', '', '9999-12-31', '1969-12-31', '2025-02-30', '-0001-01-01', '25:00:00', '[1', '{}', 'null', '1e999'),
  fc.uint8Array({ maxLength: 16 }),
  fc.constant(null),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 1e-320, -5, 0, 1e15 + 2, -719_162),
  fc.integer(),
);

const rowDamage: fc.Arbitrary<Damage> = fc
  .tuple(column(), fc.integer({ min: 1, max: 400 }), badValue, fc.boolean())
  .map(([[t, c], rowid, value, ignoreChecks]) => ({
    kind: 'sql' as const,
    sql: `${ignoreChecks ? 'PRAGMA ignore_check_constraints = 1; ' : ''}UPDATE "${t}" SET "${c}" = ? WHERE rowid = ?`,
    params: [value, rowid],
  }));

const pageDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => ({ kind: 'flip' as const, flips })),
  fc.nat().map((at) => ({ kind: 'truncate' as const, at })),
);

async function apply(bytes: Uint8Array, damages: Damage[]): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  let current = bytes;
  for (const damage of damages) {
    if (damage.kind === 'flip') {
      current = current.slice();
      for (const [position, value] of damage.flips) current[position % current.length] = value;
    } else if (damage.kind === 'truncate') {
      current = current.slice(0, damage.at % current.length);
    } else {
      const db = new SQL.Database(current);
      try {
        if (damage.params) {
          const [pragma, update] = damage.sql.includes('; ') ? damage.sql.split('; ') : ['', damage.sql];
          if (pragma) db.exec(pragma);
          db.run(update, damage.params);
        } else db.exec(damage.sql);
        current = db.export();
      } catch {
        // SQLite refused this damage (a constraint, a column it cannot drop): the file stays as it was.
      } finally {
        db.close();
      }
    }
  }
  return current;
}

/** Paths of the numbers in `value` that are not finite. */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, index) => nonFinite(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
  return [];
}

it('a damaged workspace opens with finite values or is refused, leaving the open workspace untouched', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(schemaDamage, rowDamage, rowDamage, pageDamage), { minLength: 1, maxLength: 3 }), async (damages) => {
      const bytes = await apply(valid, damages);
      const service = await newService();
      const opened = await service.openWorkspace(previous);
      expect(opened.ok).toBe(true);
      const before = { summary: await service.summary(), bytes: await service.exportWorkspace() };

      const result = await service.openWorkspace(bytes);
      if (result.ok) {
        expect(nonFinite(result.summary)).toEqual([]);
        expect(nonFinite(await service.stats())).toEqual([]);
        if (result.summary.betRows > 0) {
          const bets = await service.runBets({ budget: 500, cash: 2000 });
          if (bets.ok) expect(nonFinite(bets.json)).toEqual([]);
        }
      } else {
        expect(result.code).toMatch(/^[a-z-]+$/);
        expect(result.message.length).toBeGreaterThan(20);
        expect(await service.summary()).toEqual(before.summary);
        expect(sameBytes(await service.exportWorkspace(), before.bytes)).toBe(true);
      }
    }),
    { numRuns: 150 },
  );
}, 120_000);
