/**
 * Forward migration from the committed v1 fixture (test/fixtures/workspaces/v1-ema.sizewise,
 * built by make-v1.ts): opening it yields the current schema with every v1 row intact and
 * the v2 tables usable; the fixture bytes themselves are not modified.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import {
  CURRENT_SCHEMA_VERSION,
  getMapping,
  getSetting,
  listScenarios,
  openWorkspaceBytes,
  saveMapping,
  saveScenario,
  schemaVersion,
  workspaceFingerprint,
  workspaceSummary,
} from '../../../core/db';
import { EMA_WORKSPACE_CONTENTS, fixtureBytes } from '../support/fixtures';
import { loadSqlJs } from './sample';

const V1_TABLES = ['daily_log', 'imports', 'reporting_trades', 'settings', 'sizewise_meta', 'trades'];

/** The rows of a table, in the columns `like` has (the v1 columns: later migrations add some). */
function tableDump(db: Database, table: string, like: Database = db) {
  const columns = like.exec(`PRAGMA table_info(${table})`)[0].values.map((r) => String(r[1]));
  return db.exec(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`)[0] ?? { columns: [], values: [] };
}

function tables(db: Database): string[] {
  return db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence' ORDER BY name")[0].values.map((r) => String(r[0]));
}

describe('migration from the v1 fixture', () => {
  it('the fixture really is a v1 workspace with the EMA sample', async () => {
    const SQL = await loadSqlJs();
    const raw = new SQL.Database(fixtureBytes('workspaces/v1-ema.sizewise'));
    expect(schemaVersion(raw)).toBe(1);
    expect(tables(raw)).toEqual(V1_TABLES);
    expect(raw.exec('SELECT COUNT(*), ROUND(SUM(pl), 6) FROM trades')[0].values[0]).toEqual([384, 19735]);
    expect(raw.exec('SELECT COUNT(*) FROM daily_log')[0].values[0]).toEqual([192]);
  });

  it('opens to the current version with all v1 data intact', async () => {
    const SQL = await loadSqlJs();
    const bytes = fixtureBytes('workspaces/v1-ema.sizewise');
    const raw = new SQL.Database(bytes);
    const opened = openWorkspaceBytes(SQL, bytes);
    if (!opened.ok) throw new Error(opened.message);
    const { db } = opened;

    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect(opened.fileVersion).toBe(1);
    expect(schemaVersion(db)).toBe(CURRENT_SCHEMA_VERSION);
    expect(tables(db)).toEqual(['allocator_runs', 'bet_mappings', 'bet_runs', 'bets', 'daily_log', 'imports', 'mappings', 'reporting_trades', 'scenarios', 'settings', 'sizewise_meta', 'trades']);
    for (const table of V1_TABLES) expect(tableDump(db, table, raw)).toEqual(tableDump(raw, table));
    // v4 (issue 18 §6): the trades gain opening_vix, unknown (NULL) for every migrated trade.
    expect(db.exec('SELECT count(*), count(opening_vix) FROM trades')[0].values[0]).toEqual([384, 0]);

    const summary = await workspaceSummary(db);
    expect(summary).toMatchObject(EMA_WORKSPACE_CONTENTS);
    expect(summary.imports.map((i) => [i.fileName, i.format, i.accepted, i.rejected, i.importedAt])).toEqual([
      ['ema-tradelog.csv', 'optionomega-trades', 384, 0, '2025-10-09T12:00:00.000Z'],
      ['ema-dailylog.csv', 'optionomega-daily', 192, 0, '2025-10-09T12:00:00.000Z'],
    ]);
    const fingerprint = await workspaceFingerprint(db);
    expect(getSetting(db, fingerprint, 'capital')).toEqual({ value: 150000, schemaVersion: 1, updatedAt: '2025-10-09T12:00:00.000Z' });
    expect(getSetting(db, fingerprint, 'sizing')?.value).toEqual({ kellyFraction: 0.5, cap: 0.25 });

    saveMapping(db, 'date|pl', { opened: 'Date', pl: 'P/L' }, 'now');
    expect(getMapping(db, 'date|pl')).toEqual({ opened: 'Date', pl: 'P/L' });
    expect(saveScenario(db, 'replay', 'Half Kelly', { fraction: 0.5 }, 'now')).toBe(1);
    expect(listScenarios(db)).toEqual([{ id: 1, kind: 'replay', name: 'Half Kelly', value: { fraction: 0.5 }, created: 'now' }]);
    expect(schemaVersion(new SQL.Database(fixtureBytes('workspaces/v1-ema.sizewise')))).toBe(1);
  });
});
