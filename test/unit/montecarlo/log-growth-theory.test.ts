// i.i.d. percent mode: mean ln(final/start)/n is within 3 standard errors of mean ln(1 + rᵢ) of the pool.
import { expect, it } from 'vitest';
import { buildMonteCarloConfig, simulateChunk } from '../../../core/montecarlo';
import { fixtureTrades } from '../support/fixtures';

it('EMA returns, 20,000 paths × 384 trades', async () => {
  const outcome = buildMonteCarloConfig(await fixtureTrades('ema-tradelog.csv'), { mode: 'percent', resample: 'iid', paths: 20000, seed: 7, startingCapital: 100000 });
  if (!outcome.ok) throw new Error(outcome.message);
  const { config } = outcome;
  const partial = simulateChunk(config, 0, config.paths);
  const growth = Array.from(partial.finalEquity, (final) => Math.log(final / config.startingCapital) / config.horizon);
  const mean = growth.reduce((s, g) => s + g, 0) / growth.length;
  const sd = Math.sqrt(growth.reduce((s, g) => s + (g - mean) ** 2, 0) / (growth.length - 1));
  const expected = config.pool.reduce((s, r) => s + Math.log(1 + r), 0) / config.pool.length;
  expect(Math.abs(mean - expected)).toBeLessThan((3 * sd) / Math.sqrt(growth.length));
  expect(expected).toBeGreaterThan(0);
});
