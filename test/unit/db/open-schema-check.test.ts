/**
 * Issue 8 item 2 (schema): a workspace whose schema differs from the one this build
 * creates is refused with one message naming the table and column: a dropped, renamed or
 * retyped column, a column that lost NOT NULL, an extra table, index or column, and any
 * trigger or view (Sizewise refuses them rather than dropping them: code stored in a file is
 * never run). Expected messages are written from the rule, not from the code's output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspaceBytes } from '../../../core/db';
import { loadSqlJs } from './sample';
import { damaged, TEST_NOW, validWorkspace } from '../workspace/damaged-workspace';

let good: Uint8Array;

beforeAll(async () => {
  good = await validWorkspace();
});

async function refusal(sql: string) {
  const result = openWorkspaceBytes(await loadSqlJs(), await damaged(good, sql), { now: () => TEST_NOW });
  return result.ok ? { ok: true } : { code: result.code, message: result.message };
}

const prefix = 'The workspace file cannot be opened: ';
const triggerRule = "Sizewise workspaces never contain triggers or views (they could change or hide data behind the app's back), so the file was not opened.";

describe('the schema of an opened workspace', () => {
  it('the valid file opens', async () => {
    expect(openWorkspaceBytes(await loadSqlJs(), good, { now: () => TEST_NOW }).ok).toBe(true);
  });

  it.each([
    ['a dropped column', 'ALTER TABLE trades DROP COLUMN pl', 'table trades has no column pl.'],
    ['a renamed column', 'ALTER TABLE daily_log RENAME COLUMN net_liquidity TO netliq', 'table daily_log has no column net_liquidity.'],
    ['an added column', "ALTER TABLE trades ADD COLUMN note TEXT", 'table trades has an unknown column "note".'],
    [
      'a column that lost NOT NULL',
      "PRAGMA writable_schema = 1; UPDATE sqlite_master SET sql = replace(sql, 'pl REAL NOT NULL', 'pl REAL') WHERE name = 'trades'",
      'column pl of table trades allows empty (NULL) values, unlike the Sizewise schema.',
    ],
    ['an extra table', 'CREATE TABLE extra (x)', 'it contains an unknown table "extra" that no Sizewise version creates.'],
    ['an extra index', 'CREATE INDEX trades_pl ON trades (pl)', 'it contains an unknown index "trades_pl" that no Sizewise version creates.'],
    [
      'a column retyped to TEXT',
      `CREATE TABLE t2 (id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL, date TEXT NOT NULL, net_liquidity TEXT NOT NULL, current_funds REAL NOT NULL,
        withdrawn REAL NOT NULL, trading_funds REAL NOT NULL, pl REAL NOT NULL, pl_pct REAL NOT NULL, drawdown_pct REAL NOT NULL);
       INSERT INTO t2 SELECT * FROM daily_log; DROP TABLE daily_log; ALTER TABLE t2 RENAME TO daily_log`,
      'column net_liquidity of table daily_log is declared TEXT, expected REAL.',
    ],
  ])('%s is refused', async (_name, sql, reason) => {
    expect(await refusal(sql)).toEqual({ code: 'invalid-schema', message: prefix + reason });
  });

  it('a trigger is refused (not dropped), naming it and its table', async () => {
    expect(await refusal('CREATE TRIGGER wipe AFTER INSERT ON imports BEGIN DELETE FROM trades; END')).toEqual({
      code: 'invalid-schema',
      message: `${prefix}it contains a trigger "wipe" on table imports. ${triggerRule}`,
    });
  });

  it('a view is refused', async () => {
    expect(await refusal('CREATE VIEW winners AS SELECT * FROM trades WHERE pl > 0')).toEqual({
      code: 'invalid-schema',
      message: `${prefix}it contains a view "winners". ${triggerRule}`,
    });
  });
});
