// Item 11: a loss of −1e-300 (a number no account shows) beside two +100 wins. Every ratio whose
// denominator is that tiny loss (or built from it) is null with the reason, never a 300-digit value:
// the denominator must be at least 1e-9 × |numerator| (core/stats/explained guardedRatio).
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { dailyTrades } from '../support/make-trade';

// Start 10,000. Daily returns r = 100 / 10,000 = 0.01, −1e-300 / 10,100 = −9.901e-305, 100 / 10,100 = 0.009901.
const p = computeStats(dailyTrades([100, -1e-300, 100], { marginReq: 1000 }), { startingCapital: 10_000 }).portfolio;

describe('P/L 100, −1e-300, 100', () => {
  it('profit factor 200 / 1e-300 is refused', () => {
    expect(p.profitFactor).toBeNull();
    expect(p.nullReasons.profitFactor).toBe('the sum of losses (1.000e-300) is too close to 0 to divide 200.0 by (below 1e-9 of it)');
  });

  it('payoff and every Kelly are refused: avg loss 1e-300 next to avg win 100', () => {
    expect([p.payoff, p.kelly, p.kellyPerContract]).toEqual([null, null, null]);
    expect(p.nullReasons.payoff).toBe('the average loss (1.000e-300) is too close to 0 to divide 100.0 by (below 1e-9 of it)');
    expect(p.nullReasons.kelly).toBe('the payoff b = avg win / avg loss is undefined: the average loss (1.000e-300) is too close to 0 to divide 100.0 by (below 1e-9 of it)');
    // Return on margin: the loss is −1e-303 of its 1,000 margin.
    expect(p.nullReasons.kellyMargin).toBe('the payoff b = avg win / avg loss is undefined: the average loss (1.000e-303) is too close to 0 to divide 0.1000 by (below 1e-9 of it)');
  });

  it('Sortino 0.006634 / 5.716e-305 (√(mean of squared shortfalls) over 3 days) is refused, not 1.8e303', () => {
    expect(p.sortino).toBeNull();
    expect(p.nullReasons.sortino).toBe('the downside deviation (5.716e-305) is too close to 0 to divide 0.006634 by (below 1e-9 of it)');
  });

  it('the ratios with ordinary denominators stay numbers', () => {
    expect(p.winRate).toBe(2 / 3);
    expect(p.avgLoss).toBe(1e-300);
    expect(p.sharpe).not.toBeNull();
    expect(p.nullReasons.sharpe).toBeUndefined();
  });
});
