// A trade closing on a Saturday is realized on the Friday before; the curve covers business days only.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { expectSignificant } from './precision';
import { makeTrade } from '../support/make-trade';

// Start 10,000. A: Thu 2024-01-04 → Sat 2024-01-06, +500. B: Mon 01-08 → Tue 01-09, −1000.
const trades = [
  makeTrade({ dateOpened: '2024-01-04', dateClosed: '2024-01-06', pl: 500, fundsAtClose: 10500 }),
  makeTrade({ dateOpened: '2024-01-08', dateClosed: '2024-01-09', pl: -1000, fundsAtClose: 9500 }),
];
const p = computeStats(trades).portfolio;

describe('weekend close', () => {
  it('books the Saturday close on Friday and skips the weekend', () => {
    expect(p.curve).toEqual([
      { date: '2024-01-04', equity: 10000, drawdown: 0 },
      { date: '2024-01-05', equity: 10500, drawdown: 0 },
      { date: '2024-01-08', equity: 10500, drawdown: 0 },
      { date: '2024-01-09', equity: 9500, drawdown: 1000 / 10500 },
    ]);
  });
  it('derives curve statistics from those four days', () => {
    expect(p.startingCapital).toBe(10000);
    expect(p.maxDrawdown).toBeCloseTo(1000 / 10500, 12);
    expect(p.timeInDrawdown).toBe(0.25);
    expect(p.longestDrawdownDays).toBe(1);
    // days = 2024-01-09 − 2024-01-04 = 5 calendar days: 0.95^(365.25/5) − 1
    expectSignificant(p.cagr, -0.976411);
    // daily returns 0, 0.05, 0, −1000/10500
    expectSignificant(p.sharpe, -2.95702);
    expectSignificant(p.sortino, -3.77020);
    expectSignificant(p.calmar, -0.976411 / (1000 / 10500), 5);
  });
});
