/**
 * The fast screen of the big tables (core/db/content-check.ts) must never clear a table the
 * per-row scan refuses: for random bad values in random columns and rows of a real
 * workspace, the verdict with the screen equals the verdict of the per-row scan alone.
 * (NULL in NOT NULL columns and failed CHECKs are left out: quick_check reports those, and
 * the open then runs the per-row scan without the screen.)
 */
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import type { SqlValue } from 'sql.js';
import { contentProblem } from '../../../core/db/content-check';
import { dateHorizon } from '../../../core/import/plausible';
import { loadSqlJs } from './sample';
import { TEST_NOW, validWorkspace } from '../workspace/damaged-workspace';

const COLUMNS: Record<string, string[]> = {
  trades: ['import_id', 'strategy', 'symbol', 'date_opened', 'time_opened', 'date_closed', 'time_closed', 'contracts', 'pl', 'fees', 'premium', 'margin_req', 'funds_at_close', 'max_loss_pct', 'max_profit_pct', 'opening_price', 'closing_price', 'legs', 'reason_for_close'],
  daily_log: ['import_id', 'date', 'net_liquidity', 'current_funds', 'withdrawn', 'trading_funds', 'pl', 'pl_pct', 'drawdown_pct'],
};
const targets = Object.entries(COLUMNS).flatMap(([table, columns]) => columns.map((column) => [table, column] as const));

let valid: Uint8Array;
beforeAll(async () => {
  valid = await validWorkspace();
});

const value: fc.Arbitrary<SqlValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2025-02-30', '2025-1-05', '1969-12-31', '2026-10-11', '2026-10-10', '24:00:00', '23:59:60', '9:30:00', '', '2025-01-02'),
  fc.uint8Array({ maxLength: 4 }),
  fc.double(),
  fc.constantFrom(1e15, -1e15, 1e15 * 1.0000001, 1e-9, -1e-9, 9.99e-10, 5e-324, 1, 2, 3, 99),
  fc.integer(),
);

it('the screen and the per-row scan agree on every damaged table', async () => {
  const SQL = await loadSqlJs();
  const horizon = dateHorizon(TEST_NOW);
  await fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...targets), fc.integer({ min: 1, max: 400 }), value), { minLength: 1, maxLength: 3 }), (edits) => {
      const db = new SQL.Database(valid);
      try {
        for (const [[table, column], rowid, v] of edits) {
          if (v === null) continue;
          try {
            db.run(`UPDATE "${table}" SET "${column}" = ? WHERE rowid = ?`, [v, rowid]);
          } catch {
            // a CHECK or NOT NULL constraint refused the value
          }
        }
        expect(contentProblem(db, horizon, { screen: true })).toBe(contentProblem(db, horizon, { screen: false }));
      } finally {
        db.close();
      }
    }),
    { numRuns: 300 },
  );
});
