// filterTrades: strategy list and inclusive open-date range.
import { describe, expect, it } from 'vitest';
import { filterTrades } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

const trades = [
  makeTrade({ strategy: 'A', dateOpened: '2024-01-31', pl: 1 }),
  makeTrade({ strategy: 'B', dateOpened: '2024-02-01', pl: 2 }),
  makeTrade({ strategy: 'A', dateOpened: '2024-02-29', pl: 3 }),
  makeTrade({ strategy: 'C', dateOpened: '2024-03-01', pl: 4 }),
];

describe('filterTrades', () => {
  it('keeps everything without a filter or with an empty strategy list', () => {
    expect(filterTrades(trades)).toHaveLength(4);
    expect(filterTrades(trades, { strategies: [] })).toHaveLength(4);
  });
  it('applies strategies and inclusive dates together', () => {
    expect(filterTrades(trades, { from: '2024-02-01', to: '2024-02-29' }).map((t) => t.pl)).toEqual([2, 3]);
    expect(filterTrades(trades, { strategies: ['A', 'C'], from: '2024-02-01' }).map((t) => t.pl)).toEqual([3, 4]);
  });
});
