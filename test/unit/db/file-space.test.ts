/**
 * Reserving file space before a large import (file-space.ts) changes nothing in the
 * workspace: same rows and the same exported bytes as without it, after a commit and after
 * a rolled-back import alike.
 */
import { describe, expect, it } from 'vitest';
import { commitParsedImport, createWorkspace, estimatedImportBytes, queryTrades, reopenWithSpace } from '../../../core/db';
import { populatedTrade } from '../support/make-trade';
import { loadSqlJs, sameBytes, sampleDailyLog, sampleTradeLog, tradeImport } from './sample';

const RESERVE = 32 * 1024 * 1024;

describe('reserved file space', () => {
  it('gives the same database bytes as an import without it', async () => {
    const SQL = await loadSqlJs();
    const log = await sampleTradeLog();
    const plain = createWorkspace(SQL);
    commitParsedImport(plain, log, { importedAt: 'now' });
    const roomy = reopenWithSpace(SQL, createWorkspace(SQL), RESERVE);
    commitParsedImport(roomy, log, { importedAt: 'now' });
    expect(sameBytes(roomy.export(), plain.export())).toBe(true);
    expect(queryTrades(roomy)).toEqual(queryTrades(plain));
  });

  it('leaves the database as before when the import rolls back', async () => {
    const SQL = await loadSqlJs();
    const db = createWorkspace(SQL);
    commitParsedImport(db, await sampleTradeLog(), { importedAt: 'then' });
    const before = db.export();
    const roomy = reopenWithSpace(SQL, db, RESERVE);
    const failed = commitParsedImport(roomy, tradeImport([populatedTrade(), populatedTrade({ contracts: -1 })], 'other'), { importedAt: 'now' });
    expect(failed.ok).toBe(false);
    expect(sameBytes(roomy.export(), before)).toBe(true);
  });

  it('estimates the growth per kind of log', async () => {
    expect(estimatedImportBytes(await sampleTradeLog())).toBe(384 * 280);
    expect(estimatedImportBytes(await sampleDailyLog())).toBe(192 * 72);
  });
});
