// The inlined kernel equals a plain reference simulation with core/random's Xoshiro128 (same draws, same arithmetic).
import { describe, expect, it } from 'vitest';
import { simulateChunk, type MonteCarloConfig } from '../../../core/montecarlo';
import { Xoshiro128 } from '../../../core/random';

const base: MonteCarloConfig = {
  mode: 'percent',
  pool: [0.03, -0.02, 0.01, -0.05, 0.04, 0.0, -0.01],
  startingCapital: 1000,
  horizon: 50,
  paths: 8,
  seed: 5,
  resample: 'block',
  meanBlockLength: 3,
  worstCaseShare: 0.1,
  worstByEntry: [-0.3, -0.3, -0.2, -0.3, -0.1, -0.2, -0.3],
  ruinLevel: 0.5,
  checkpoints: 5,
  rule: 'log',
  sizingConvention: 'as recorded',
  sizing: { fixedContracts: [], contractsPerDollar: [] },
  stepsPerYear: null,
};

/** Step protocol: one draw places the block before step 0; each step draws "new block?" (and an index), then "inject?". */
function referencePath(config: MonteCarloConfig, path: number): { final: number; maxDrawdown: number } {
  const rng = new Xoshiro128(config.seed, path);
  const n = config.pool.length;
  let index = rng.nextIndex(n);
  let equity = config.startingCapital;
  let peak = equity;
  let maxDrawdown = 0;
  for (let step = 0; step < config.horizon; step++) {
    const u = rng.nextFloat();
    if (config.resample === 'iid') index = Math.floor(u * n);
    else if (u < 1 / config.meanBlockLength) index = rng.nextIndex(n);
    else index = (index + 1) % n;
    let value = config.pool[index];
    if (config.worstCaseShare > 0 && rng.nextFloat() < config.worstCaseShare) value = config.worstByEntry[index];
    const contracts = config.mode === 'dollar' ? config.sizing.fixedContracts[index] + Math.floor(equity * config.sizing.contractsPerDollar[index]) : 0;
    if (config.mode === 'dollar') equity = equity > 0 ? Math.max(0, equity + value * contracts) : 0;
    else equity *= 1 + Math.max(value, -1);
    peak = Math.max(peak, equity);
    maxDrawdown = Math.max(maxDrawdown, 1 - equity / peak);
  }
  return { final: equity, maxDrawdown };
}

describe.each([
  ['block, injection', base],
  ['iid', { ...base, resample: 'iid' as const, worstCaseShare: 0 }],
  ['dollar, fixed 2', { ...base, mode: 'dollar' as const, pool: [30, -20, 10, -50], worstByEntry: [-60, -60, -60, -60], sizing: { fixedContracts: [2, 2, 2, 2], contractsPerDollar: [0, 0, 0, 0] } }],
  ['dollar, per-trade contracts and per-dollar sizing', { ...base, mode: 'dollar' as const, pool: [300, -200, 100, -500], worstByEntry: [-400, -400, -900, -600], sizing: { fixedContracts: [1, 0, 3, 0], contractsPerDollar: [0, 0.002, 0, 0.001] } }],
  ['dollar, ruin absorbs', { ...base, mode: 'dollar' as const, pool: [100, -900], worstByEntry: [-900, -900], resample: 'iid' as const, worstCaseShare: 0, sizing: { fixedContracts: [1, 1], contractsPerDollar: [0, 0] } }],
])('%s', (_, config) => {
  it('matches path by path', () => {
    const partial = simulateChunk(config, 3, 3 + config.paths);
    for (let p = 0; p < config.paths; p++) {
      const reference = referencePath(config, 3 + p);
      expect(partial.finalEquity[p]).toBe(reference.final);
      expect(partial.maxDrawdown[p]).toBeCloseTo(reference.maxDrawdown, 12);
    }
  });
});
