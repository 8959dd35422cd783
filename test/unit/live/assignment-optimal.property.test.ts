// The per-day matching is optimal: on random small cost tables (some pairs forbidden) the
// Hungarian-based `optimalMatching` finds as many pairs as an exhaustive search over every
// one-to-one pairing, with the same least total cost. Plus the case where pairing the
// nearest times first (greedy) loses a pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimalMatching } from '../../../core/live';

/** [most pairs, least cost among those] over every partial one-to-one pairing. */
function bruteForce(table: (number | null)[][], columns: number): [number, number] {
  let best: [number, number] = [0, 0];
  const search = (row: number, used: Set<number>, count: number, cost: number) => {
    if (row === table.length) {
      if (count > best[0] || (count === best[0] && cost < best[1])) best = [count, cost];
      return;
    }
    search(row + 1, used, count, cost);
    for (let c = 0; c < columns; c++) {
      const value = table[row][c];
      if (value === null || used.has(c)) continue;
      used.add(c);
      search(row + 1, used, count + 1, cost + value);
      used.delete(c);
    }
  };
  search(0, new Set(), 0, 0);
  return best;
}

const tables = fc.integer({ min: 0, max: 6 }).chain((rows) =>
  fc.integer({ min: 0, max: 6 }).chain((columns) =>
    fc.tuple(fc.constant(columns), fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 3_240_000 }), { freq: 3 }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
  ),
);

describe('optimal per-day matching', () => {
  it('matches the exhaustive search: same number of pairs, same least total cost, one-to-one', () => {
    fc.assert(
      fc.property(tables, ([columns, table]) => {
        const pairs = optimalMatching(table.length, columns, (a, b) => table[a][b]);
        expect(new Set(pairs.map((p) => p[0])).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
        for (const [a, b] of pairs) expect(table[a][b]).not.toBeNull();
        const cost = pairs.reduce((sum, [a, b]) => sum + (table[a][b] as number), 0);
        expect([pairs.length, cost]).toEqual(bruteForce(table, columns));
      }),
      { numRuns: 500 },
    );
  });

  it('greedy by nearest time would pair live 10:02 with 10:00 and strand 09:40; the optimum pairs both', () => {
    // Backtest 10:00 and 10:30; live 10:02 (2 and 28 min away) and 09:40 (20 min from 10:00, 50 from 10:30: too far).
    const minutes = (a: number, b: number) => [[2, 28], [20, null]][a][b];
    expect(optimalMatching(2, 2, minutes)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
