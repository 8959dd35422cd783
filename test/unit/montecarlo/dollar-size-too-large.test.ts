// Dollar mode with a risk per contract near 0 (a subnormal average loss): the trades the rule would size
// beyond 2^53 contracts leave the pool with a warning, so no path multiplies by an infinite size.
import { describe, expect, it } from 'vitest';
import { buildMonteCarloConfig } from '../../../core/montecarlo';
import { dailyTrades } from '../support/make-trade';

describe('dollar mode, fraction:0.02:avg-loss, the only loss −1e-320 per contract', () => {
  // avg loss 1e-320: contracts per dollar 0.02 / 1e-320 = Infinity for every trade.
  const trades = dailyTrades([100, -1e-320, 50]);
  const built = buildMonteCarloConfig(trades, { mode: 'dollar', resample: 'iid', paths: 5, seed: 1, startingCapital: 10_000, sizing: { kind: 'fraction', fraction: 0.02, basis: 'avg-loss' } });

  it('refuses the simulation: no trade can be sized', () => {
    const message =
      'the dollar pool of fraction:0.02:avg-loss has 0 outcome(s); at least 2 are needed: ' +
      'fraction:0.02:avg-loss would size 3 of 3 trades beyond 2^53 contracts at the starting capital (risk per contract too close to 0 to divide by); they are not in the pool';
    expect(built).toEqual({ ok: false, message, errors: [{ field: 'sizing', message }] });
  });

});
