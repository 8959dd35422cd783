/** queryTrades: strategy and open-date filters, and the SPEC order (date, time, Funds at Close, then import order). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { commitParsedImport, createWorkspace, queryTrades } from '../../../core/db';
import { populatedTrade } from '../support/make-trade';
import { loadSqlJs, tradeImport } from './sample';

const trades = [
  populatedTrade({ strategy: 'B', dateOpened: '2025-03-05', timeOpened: '10:00:00', fundsAtClose: 3, legs: 'b1' }),
  populatedTrade({ strategy: 'A', dateOpened: '2025-03-04', timeOpened: '11:00:00', fundsAtClose: 1, legs: 'a1' }),
  populatedTrade({ strategy: 'A', dateOpened: '2025-03-04', timeOpened: '09:30:00', fundsAtClose: null, legs: 'a2' }),
  populatedTrade({ strategy: 'C', dateOpened: '2025-03-04', timeOpened: '09:30:00', fundsAtClose: 7, legs: 'c1' }),
  populatedTrade({ strategy: 'B', dateOpened: '2025-03-04', timeOpened: '09:30:00', fundsAtClose: 2, legs: 'b2' }),
  populatedTrade({ strategy: 'A', dateOpened: '2025-03-06', timeOpened: '09:30:00', fundsAtClose: null, legs: 'a3' }),
  populatedTrade({ strategy: 'C', dateOpened: '2025-03-06', timeOpened: '09:30:00', fundsAtClose: null, legs: 'c2' }),
];

let db: Database;
beforeAll(async () => {
  db = createWorkspace(await loadSqlJs());
  commitParsedImport(db, tradeImport(trades), { importedAt: 'now' });
});

const legsOf = (list: { legs: string }[]) => list.map((t) => t.legs);

describe('queryTrades', () => {
  it('sorts by date opened, time opened, Funds at Close (missing last), then import order', () => {
    expect(legsOf(queryTrades(db))).toEqual(['b2', 'c1', 'a2', 'a1', 'b1', 'a3', 'c2']);
  });

  it('filters by strategies; an empty list keeps all', () => {
    expect(legsOf(queryTrades(db, { strategies: ['A', 'C'] }))).toEqual(['c1', 'a2', 'a1', 'a3', 'c2']);
    expect(legsOf(queryTrades(db, { strategies: [] }))).toHaveLength(7);
    expect(queryTrades(db, { strategies: ['nope'] })).toEqual([]);
  });

  it('filters by inclusive open dates, alone and with strategies', () => {
    expect(legsOf(queryTrades(db, { from: '2025-03-05' }))).toEqual(['b1', 'a3', 'c2']);
    expect(legsOf(queryTrades(db, { to: '2025-03-04' }))).toEqual(['b2', 'c1', 'a2', 'a1']);
    expect(legsOf(queryTrades(db, { from: '2025-03-05', to: '2025-03-05' }))).toEqual(['b1']);
    expect(legsOf(queryTrades(db, { strategies: ['A'], from: '2025-03-04', to: '2025-03-05' }))).toEqual(['a2', 'a1']);
  });
});
