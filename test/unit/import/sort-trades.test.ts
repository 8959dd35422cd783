// sortTrades: date opened, time opened, then Funds at Close; stable; does not mutate its input.
import { describe, expect, it } from 'vitest';
import { sortTrades } from '../../../core/import';
import type { Trade } from '../../../core/model';
import { makeTrade } from '../support/make-trade';

/** A trade identified by its strategy name, for following it through the sort. */
function trade(id: string, dateOpened: string, timeOpened: string, fundsAtClose: number | null): Trade {
  return makeTrade({ strategy: id, dateOpened, timeOpened, fundsAtClose });
}

describe('sortTrades', () => {
  it('orders by date, time, Funds at Close (missing last), keeping ties in input order', () => {
    const input = [
      trade('e', '2025-01-03', '09:30:00', 10),
      trade('c', '2025-01-02', '10:15:00', 101_000),
      trade('f', '2025-01-02', '10:15:00', null),
      trade('b', '2025-01-02', '10:15:00', 100_500),
      trade('g', '2025-01-02', '10:15:00', null),
      trade('a', '2025-01-02', '09:45:00', 200_000),
    ];
    const sorted = sortTrades(input);
    expect(sorted.map((t) => t.strategy)).toEqual(['a', 'b', 'c', 'f', 'g', 'e']);
    expect(input[0].strategy).toBe('e');
  });
});
