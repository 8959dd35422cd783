/**
 * An import is all-or-nothing: a row that violates the schema half-way through rolls the
 * whole import back, leaving the database byte-for-byte as before (also with `replace`,
 * whose DELETE is undone too).
 */
import { describe, expect, it } from 'vitest';
import { commitParsedImport, createWorkspace, queryTrades, workspaceSummary } from '../../../core/db';
import { populatedTrade } from '../support/make-trade';
import { loadSqlJs, sameBytes, sampleTradeLog, tradeImport } from './sample';

function tradesWithBadRow(count: number, badIndex: number) {
  return Array.from({ length: count }, (_, i) => populatedTrade({ pl: i, contracts: i === badIndex ? 0 : 1 }));
}

describe('atomic import', () => {
  it('rolls back a failure mid-insert: same bytes, same rows, and says which row failed', async () => {
    const db = createWorkspace(await loadSqlJs());
    expect(commitParsedImport(db, await sampleTradeLog(), { importedAt: 'then' }).ok).toBe(true);
    const before = db.export();
    const rowsBefore = queryTrades(db);

    const result = commitParsedImport(db, tradeImport(tradesWithBadRow(5000, 2500), 'other-hash'), { importedAt: 'now' });
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ code: 'insert-failed' });
    expect(!result.ok && result.message).toBe(
      'Import of trades.csv failed and was undone: trades row 2501 of 5000: CHECK constraint failed: contracts > 0',
    );
    expect(sameBytes(db.export(), before)).toBe(true);
    expect(queryTrades(db)).toEqual(rowsBefore);
    expect((await workspaceSummary(db)).imports).toHaveLength(1);
  });

  it('rolls back a failing replace: the old rows and their provenance are still there', async () => {
    const db = createWorkspace(await loadSqlJs());
    commitParsedImport(db, await sampleTradeLog(), { importedAt: 'then' });
    const before = db.export();
    const result = commitParsedImport(db, tradeImport(tradesWithBadRow(10, 9), 'other-hash'), { importedAt: 'now', replace: true });
    expect(result.ok).toBe(false);
    expect(sameBytes(db.export(), before)).toBe(true);
    expect(queryTrades(db)).toHaveLength(384);
  });

  it('refuses the same content twice unless replacing', async () => {
    const db = createWorkspace(await loadSqlJs());
    const log = await sampleTradeLog();
    commitParsedImport(db, log, { importedAt: 'then' });
    expect(commitParsedImport(db, log, { importedAt: 'now' })).toEqual({
      ok: false,
      code: 'duplicate-import',
      message: 'ema-tradelog.csv has the same content as ema-tradelog.csv, which is already in this workspace (import it with "replace" to reload it).',
    });
    expect(commitParsedImport(db, log, { importedAt: 'now', replace: true })).toEqual({ ok: true, importId: 2, rows: 384 });
    const summary = await workspaceSummary(db);
    expect(summary.trades).toBe(384);
    expect(summary.imports.map((i) => [i.id, i.importedAt])).toEqual([[2, 'now']]);
  });
});
