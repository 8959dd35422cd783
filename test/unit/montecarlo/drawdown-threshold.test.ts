// P(max drawdown ≥ x): an exact 20% drawdown is 1 − 0.8 = 0.19999999999999996 in floating point and still counts for 0.2.
import { expect, it } from 'vitest';
import { runMonteCarlo, type MonteCarloConfig } from '../../../core/montecarlo';

it('a path losing exactly 20% counts for P(max DD ≥ 0.2), not for 0.3', () => {
  const config: MonteCarloConfig = {
    mode: 'percent',
    pool: [-0.2, -0.2],
    startingCapital: 100_000,
    horizon: 1,
    paths: 10,
    seed: 1,
    resample: 'iid',
    meanBlockLength: 1,
    worstCaseShare: 0,
    worstByEntry: [-0.2, -0.2],
    ruinLevel: 0.5,
    checkpoints: 1,
    rule: 'log',
    sizingConvention: '−20% per step',
    sizing: { fixedContracts: [], contractsPerDollar: [] },
    stepsPerYear: null,
  };
  const summary = runMonteCarlo(config);
  expect(summary.maxDrawdown.p50).toBe(1 - 0.8);
  expect(summary.maxDrawdown.p50).toBeLessThan(0.2);
  expect(summary.probDrawdownAtLeast).toEqual({ '0.1': 1, '0.2': 1, '0.3': 0, '0.5': 0 });
});
