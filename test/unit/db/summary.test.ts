/** workspaceSummary of an empty workspace, of a daily log alone, and of trades with an open trade. */
import { describe, expect, it } from 'vitest';
import { commitParsedImport, createWorkspace, workspaceSummary } from '../../../core/db';
import { populatedTrade } from '../support/make-trade';
import { loadSqlJs, sampleDailyLog, tradeImport } from './sample';

describe('workspaceSummary', () => {
  it('is empty for a new workspace', async () => {
    expect(await workspaceSummary(createWorkspace(await loadSqlJs()))).toEqual({
      trades: 0,
      dailyRows: 0,
      reportingRows: 0,
      betRows: 0,
      strategies: [],
      firstDate: null,
      lastDate: null,
      imports: [],
      fingerprint: '',
    });
  });

  it('takes the date span from the daily log when there are no trades', async () => {
    const db = createWorkspace(await loadSqlJs());
    commitParsedImport(db, await sampleDailyLog(), { importedAt: 'now' });
    expect(await workspaceSummary(db)).toMatchObject({ trades: 0, dailyRows: 192, strategies: [], firstDate: '2025-01-02', lastDate: '2025-10-08', fingerprint: '' });
  });

  it('spans first open to last close (an open trade counts on its open date) and lists strategies once', async () => {
    const db = createWorkspace(await loadSqlJs());
    const trades = [
      populatedTrade({ strategy: 'Zeta, "quoted"', dateOpened: '2025-02-03', dateClosed: '2025-02-10' }),
      populatedTrade({ strategy: 'Alpha', dateOpened: '2025-01-15', dateClosed: '2025-01-15' }),
      populatedTrade({ strategy: 'Alpha', dateOpened: '2025-03-01', dateClosed: null, timeClosed: '' }),
    ];
    commitParsedImport(db, tradeImport(trades), { importedAt: 'now' });
    expect(await workspaceSummary(db)).toMatchObject({ trades: 3, strategies: ['Alpha', 'Zeta, "quoted"'], firstDate: '2025-01-15', lastDate: '2025-03-01' });
  });
});
