/**
 * Issue 12, workspace storage: a v2 workspace written by the main build before the bets
 * tables existed (test/fixtures/workspaces/v2-ema-main.sizewise, EMA trade + daily log) opens
 * in this build, migrates to v3 with the three bets tables empty and every v2 row intact,
 * takes a bet log beside its trades, and saves and reopens with both.
 */
import { expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openWorkspaceBytes, schemaVersion } from '../../../../core/db';
import { loadSqlJs } from '../../db/sample';
import { fixtureBytes } from '../../support/fixtures';
import { importBetSample } from '../../support/data-service';
import { newService, TEST_NOW } from '../../workspace/damaged-workspace';

const V2_TABLES = ['allocator_runs', 'daily_log', 'imports', 'mappings', 'reporting_trades', 'scenarios', 'settings', 'sizewise_meta', 'trades'];

/** The rows of a table in the columns `like` has (v4 added trades.opening_vix). */
function dump(db: import('sql.js').Database, table: string, like: import('sql.js').Database = db) {
  const columns = like.exec(`PRAGMA table_info(${table})`)[0].values.map((r) => String(r[1]));
  return db.exec(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`)[0] ?? { columns: [], values: [] };
}

it('opens a v2 workspace written by main, migrates to the current version and keeps every row', async () => {
  const SQL = await loadSqlJs();
  const bytes = fixtureBytes('workspaces/v2-ema-main.sizewise');
  const raw = new SQL.Database(bytes);
  expect(schemaVersion(raw)).toBe(2);
  expect(raw.exec("SELECT count(*) FROM sqlite_master WHERE name IN ('bets', 'bet_mappings', 'bet_runs')")[0].values[0][0]).toBe(0);

  const opened = openWorkspaceBytes(SQL, bytes, { now: () => TEST_NOW });
  if (!opened.ok) throw new Error(opened.message);
  expect(opened.fileVersion).toBe(2);
  expect(CURRENT_SCHEMA_VERSION).toBe(4);
  expect(schemaVersion(opened.db)).toBe(4);
  for (const table of V2_TABLES) expect(dump(opened.db, table, raw)).toEqual(dump(raw, table));
  for (const table of ['bets', 'bet_mappings', 'bet_runs']) expect(opened.db.exec(`SELECT count(*) FROM ${table}`)[0].values[0][0]).toBe(0);
});

it('a migrated workspace takes the bet log beside its trades and reopens with both', async () => {
  const service = await newService();
  const opened = await service.openWorkspace(fixtureBytes('workspaces/v2-ema-main.sizewise'));
  if (!opened.ok) throw new Error(opened.message);
  expect(opened.upgradedFrom).toBe(2);
  expect(opened.summary).toMatchObject({ trades: 384, dailyRows: 192, betRows: 0 });

  const summary = await importBetSample(service);
  // 1,253 data lines in test/fixtures/bets/bets-sample.csv; the trade and daily logs untouched.
  expect(summary).toMatchObject({ trades: 384, dailyRows: 192, betRows: 1253 });
  const fingerprint = opened.summary.fingerprint;
  expect(summary.fingerprint).toBe(fingerprint);

  const again = await newService();
  const reopened = await again.openWorkspace(await service.exportWorkspace());
  if (!reopened.ok) throw new Error(reopened.message);
  expect(reopened.upgradedFrom).toBeUndefined();
  expect(reopened.summary).toMatchObject({ trades: 384, dailyRows: 192, betRows: 1253 });
  expect(await again.betLog()).toEqual(await service.betLog());
});
