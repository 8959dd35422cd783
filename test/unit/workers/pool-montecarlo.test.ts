// The Node worker pool: the same seed gives the same numbers with 1, 2 and 4 workers as in one thread; progress reaches the total.
import { afterAll, describe, expect, it } from 'vitest';
import { buildMonteCarloConfig, runMonteCarlo } from '../../../core/montecarlo';
import { createNodeComputePool } from '../../../workers/pool-node';
import { fixtureTrades } from '../support/fixtures';

describe('ComputePool.runMonteCarlo', async () => {
  const outcome = buildMonteCarloConfig(await fixtureTrades('ema-tradelog.csv'), { mode: 'percent', resample: 'block', paths: 3001, seed: 42 });
  if (!outcome.ok) throw new Error(outcome.message);
  const config = outcome.config;
  const expected = runMonteCarlo(config);
  const pools = [1, 2, 4].map((size) => createNodeComputePool(size));
  afterAll(() => pools.forEach((pool) => pool.dispose()));

  it.each([[1, 0], [2, 1], [4, 2]])('%i worker(s) give the single-thread summary', async (_, k) => {
    let last = 0;
    const run = await pools[k].runMonteCarlo(config, (done, total) => {
      expect(total).toBe(3001);
      last = Math.max(last, done);
    });
    if (!run.ok) throw new Error(run.message);
    expect(run.value.workers).toBe(pools[k].size);
    expect(run.value.summary).toEqual(expected);
    expect(last).toBe(3001);
  });
});
