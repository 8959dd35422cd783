// Bernoulli series p 0.55 even money at f 0.05: simulated P(ever halving) stays under the Lundberg bound 0.124275 (λ = 3.00839).
import { expect, it } from 'vitest';
import { runMonteCarlo, type MonteCarloConfig } from '../../../core/montecarlo';

it('P(halving) ≤ 0.5^λ', () => {
  const pool = [...Array(11).fill(0.05), ...Array(9).fill(-0.05)];
  const config: MonteCarloConfig = {
    mode: 'percent',
    pool,
    startingCapital: 1,
    horizon: 3000,
    paths: 20000,
    seed: 11,
    resample: 'iid',
    meanBlockLength: 1,
    worstCaseShare: 0,
    worstByEntry: pool.map(() => -0.05),
    ruinLevel: 0.5,
    checkpoints: 10,
    rule: 'log',
    sizingConvention: 'Bernoulli ±5% returns',
    sizing: { fixedContracts: [], contractsPerDollar: [] },
    stepsPerYear: null,
  };
  const summary = runMonteCarlo(config);
  expect(0.5 ** 3.00839).toBeCloseTo(0.124275, 6);
  expect(summary.probRuin).toBeLessThanOrEqual(0.124275);
  // The bound is not vacuous here: halving happens on a sizeable share of paths.
  expect(summary.probRuin).toBeGreaterThan(0.05);
});
