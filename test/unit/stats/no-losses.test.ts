// Without losses Kelly, payoff, profit factor, Sortino and Calmar are undefined: null, never Infinity.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

const trades = [
  makeTrade({ dateOpened: '2024-05-06', pl: 100, fundsAtClose: 1100, marginReq: 500 }),
  makeTrade({ dateOpened: '2024-05-07', pl: 200, fundsAtClose: 1300, marginReq: 500 }),
];
const report = computeStats(trades);
const p = report.portfolio;

describe('no losses', () => {
  it('returns null for the metrics that need a loss', () => {
    expect([p.kelly, p.kellyPerContract, p.kellyMargin]).toEqual([null, null, null]);
    expect([p.avgLoss, p.payoff, p.profitFactor]).toEqual([null, null, null]);
    expect([p.maxDrawdown, p.sortino, p.calmar]).toEqual([0, null, null]);
    expect(p.winRate).toBe(1);
  });
  it('still computes the defined curve metrics', () => {
    expect(p.startingCapital).toBe(1000);
    // returns 0.1 then 200/1100; days = 1 → (1.3)^365.25 − 1 is huge but finite
    expect(p.sharpe).toBeCloseTo(((0.1 + 200 / 1100) / 2 / Math.abs(0.1 - 200 / 1100)) * Math.SQRT2 * Math.sqrt(252), 9);
    expect(Number.isFinite(p.cagr)).toBe(true);
  });
});
