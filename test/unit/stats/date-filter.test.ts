// The date filter applies to the date opened (inclusive bounds); everything recomputes on
// the filtered set, the starting capital included (equity before the first trade to close).
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

// Start 10,000: Jan +1000 (11,000), Feb −500 (10,500), Mar 29 → Apr 2, +300 (10,800).
const trades = [
  makeTrade({ dateOpened: '2024-01-10', pl: 1000, fundsAtClose: 11000 }),
  makeTrade({ dateOpened: '2024-02-01', dateClosed: '2024-02-05', pl: -500, fundsAtClose: 10500 }),
  makeTrade({ dateOpened: '2024-03-29', dateClosed: '2024-04-02', pl: 300, fundsAtClose: 10800 }),
];

describe('date filter', () => {
  it('keeps trades opened within the inclusive range', () => {
    const p = computeStats(trades, { filter: { from: '2024-02-01', to: '2024-03-29' } }).portfolio;
    expect(p.trades).toBe(2);
    expect(p.totalPl).toBe(-200);
    expect([p.firstDate, p.lastDate]).toEqual(['2024-02-01', '2024-04-02']);
  });
  it('restarts the curve from the equity before the first selected trade', () => {
    const p = computeStats(trades, { filter: { from: '2024-02-01' } }).portfolio;
    expect(p.startingCapital).toBe(11000);
    expect(p.finalEquity).toBe(10800);
    expect(p.maxDrawdown).toBeCloseTo(500 / 11000, 12);
    expect(p.curve[0]).toEqual({ date: '2024-02-01', equity: 11000, drawdown: 0 });
  });
  it('takes only trades up to "to" and gives an empty, finite report outside the data', () => {
    expect(computeStats(trades, { filter: { to: '2024-01-31' } }).portfolio.trades).toBe(1);
    const empty = computeStats(trades, { filter: { from: '2025-01-01' } });
    expect(empty.portfolio.trades).toBe(0);
    expect(empty.strategies).toEqual([]);
  });
});
