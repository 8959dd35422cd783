// A history whose average loss is a denormal number (≈ 0) must not size an "infinite" position:
// found by the property test (seed -1103817483), pinned here as a scenario.
import { describe, expect, it } from 'vitest';
import { computePosition } from '../../../core/calculator';

describe('calculator with a loss per unit that is effectively zero', () => {
  it('sizes nothing and says why, with no Infinity anywhere', () => {
    const outcome = computePosition({
      equity: 100,
      instrument: { symbol: 'SYM', assetClass: 'stock', side: 'long', price: 0.01 },
      holding: 'intraday',
      exposure: { symbol: 0, portfolio: 0, capitalAtRisk: 0, correlated: 0 },
      probability: { kind: 'history', outcomes: [1e-323, -5e-324] },
    });
    if (!outcome.ok) throw new Error('expected a result');
    expect(outcome.result.quantity).toBe(0);
    expect(outcome.result.adjustments).toEqual([]);
    // The average loss 5e-324 is subnormal: the payoff b = avg win / avg loss cannot be divided out (core/stats guardedRatio).
    expect(outcome.result.notes).toContain(
      'Kelly is undefined for this history: the payoff b = avg win / avg loss is undefined: the average loss (4.941e-324) is too close to 0 to divide by (subnormal). No position.',
    );
    expect(JSON.stringify(outcome.result)).not.toMatch(/Infinity|NaN|null,"to":/);
  });
});
