// A strategy filter builds the curve from that strategy's trades only, starting from the
// portfolio starting capital (never from the portfolio-wide Funds at Close).
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

// Start 10,000 (B closes first: 10,200 − 200). A loses 500 then gains 300; B gains 200, 400.
const trades = [
  makeTrade({ strategy: 'B', dateOpened: '2024-04-01', pl: 200, fundsAtClose: 10200 }),
  makeTrade({ strategy: 'A', dateOpened: '2024-04-02', pl: -500, fundsAtClose: 9700 }),
  makeTrade({ strategy: 'B', dateOpened: '2024-04-03', pl: 400, fundsAtClose: 10100 }),
  makeTrade({ strategy: 'A', dateOpened: '2024-04-04', pl: 300, fundsAtClose: 10400 }),
];

describe('strategy filter', () => {
  const filtered = computeStats(trades, { filter: { strategies: ['A'] } });
  it("curves only that strategy's trades from the portfolio capital", () => {
    const p = filtered.portfolio;
    expect([p.trades, p.totalPl, p.startingCapital, p.finalEquity]).toEqual([2, -200, 10000, 9800]);
    expect(p.curve.map((d) => d.equity)).toEqual([9500, 9500, 9800]); // from A's first open, 2024-04-02
    expect(p.maxDrawdown).toBeCloseTo(0.05, 12);
    expect(p.drawdownSource).toBe('trades');
    expect(filtered.strategies.map((s) => s.name)).toEqual(['A']);
  });
  it('matches the per-strategy entry of the unfiltered report', () => {
    const a = computeStats(trades).strategies.find((s) => s.name === 'A')!;
    const p = filtered.portfolio;
    expect([a.maxDrawdown, a.cagr, a.sharpe, a.finalEquity]).toEqual([p.maxDrawdown, p.cagr, p.sharpe, p.finalEquity]);
  });
  it('shows the unfiltered portfolio drawdown from the combined curve', () => {
    const p = computeStats(trades).portfolio;
    expect(p.curve.map((d) => d.equity)).toEqual([10200, 9700, 10100, 10400]);
    expect(p.maxDrawdown).toBeCloseTo(500 / 10200, 12);
  });
});
