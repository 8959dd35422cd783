// Item 11: losses of −1e-320 and −2e-320 are subnormal doubles (below 2.2e-308, only a few
// significant bits). Profit factor 150 / 3e-320 overflowed to Infinity ("internal error:
// non-finite number at $.portfolio.profitFactor" in the CLI); now every ratio dividing by them is
// null with the reason.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { dailyTrades } from '../support/make-trade';

const p = computeStats(dailyTrades([100, -1e-320, 50, -2e-320]), { startingCapital: 10_000 }).portfolio;

describe('P/L 100, −1e-320, 50, −2e-320', () => {
  it('profit factor is null: the sum of losses 3e-320 is subnormal', () => {
    expect(p.profitFactor).toBeNull();
    expect(p.nullReasons.profitFactor).toBe('the sum of losses (3.000e-320) is too close to 0 to divide by (subnormal)');
  });

  it('payoff and Kelly are null: the average loss 1.5e-320 is subnormal', () => {
    expect([p.payoff, p.kelly, p.kellyPerContract]).toEqual([null, null, null]);
    expect(p.nullReasons.payoff).toBe('the average loss (1.500e-320) is too close to 0 to divide by (subnormal)');
  });

  it('Sortino: the returns −1e-320 / 10,100 round to 0, so no day is below the risk-free rate', () => {
    expect(p.sortino).toBeNull();
    expect(p.nullReasons.sortino).toBe('no day with a return below the risk-free rate (downside deviation 0)');
  });

  it('every metric is finite, or null with a reason', () => {
    const ids = ['winRate', 'decidedWinRate', 'avgWin', 'avgLoss', 'payoff', 'profitFactor', 'expectancy', 'kelly', 'kellyPerContract', 'kellyMargin', 'cagr', 'sharpe', 'sortino', 'calmar'] as const;
    for (const id of ids) {
      const value = p[id];
      if (value === null) expect(p.nullReasons[id], id).toBeTypeOf('string');
      else expect(Number.isFinite(value) && p.nullReasons[id] === undefined, id).toBe(true);
    }
  });
});
