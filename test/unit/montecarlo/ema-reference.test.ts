// EMA sample, percent mode, start 100,000, horizon 384: within ±2% of the independent 200,000-path reference.
import { describe, expect, it } from 'vitest';
import { buildMonteCarloConfig, runMonteCarlo, type ResampleMethod } from '../../../core/montecarlo';
import { fixtureTrades } from '../support/fixtures';

const REFERENCE = {
  block: { p50: 119339, p5: 88114, p95: 164551, medianDrawdown: 0.1377 },
  iid: { p50: 119861, p5: 87091, p95: 164436, medianDrawdown: 0.1449 },
};

describe.each(['block', 'iid'] as ResampleMethod[])('%s bootstrap, 20,000 paths', async (resample) => {
  const trades = await fixtureTrades('ema-tradelog.csv');
  const outcome = buildMonteCarloConfig(trades, { mode: 'percent', resample, meanBlockLength: 7, paths: 20000, seed: 20250101, horizon: { steps: 384 }, startingCapital: 100000 });
  if (!outcome.ok) throw new Error(outcome.message);
  const summary = runMonteCarlo(outcome.config);
  const reference = REFERENCE[resample];
  const within2 = (value: number, expected: number) => expect(Math.abs(value / expected - 1)).toBeLessThan(0.02);

  it('final-value percentiles and median max drawdown', () => {
    within2(summary.finalValue.p50, reference.p50);
    within2(summary.finalValue.p5, reference.p5);
    within2(summary.finalValue.p95, reference.p95);
    within2(summary.maxDrawdown.p50, reference.medianDrawdown);
  });

  it('the fan ends at the final-value percentiles (Float32 checkpoints, 1e-6 relative)', () => {
    const last = summary.fan[summary.fan.length - 1];
    expect(last.step).toBe(384);
    expect(Math.abs(last.p50 / summary.finalValue.p50 - 1)).toBeLessThan(1e-6);
    expect(summary.samplePaths).toHaveLength(20);
    expect(summary.samplePaths[0]).toHaveLength(summary.fan.length);
  });
});
