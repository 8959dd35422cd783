// Drift must catch a real deterioration: a live record drawn from the backtest and then
// shifted down by one standard deviation of the per-contract P/L on every trade (EMA PCS
// strategy, 40 trades: the sum moves about 6.3 standard deviations of a 40-trade sum) is
// flagged on every one of 50 seeds, and below the 1st percentile (multiplier 0).
import { describe, expect, it } from 'vitest';
import { bootstrapDrift, suggestedMultiplier } from '../../../core/live';
import { Xoshiro128 } from '../../../core/random';
import { fixtureTrades } from '../support/fixtures';

const pcs = (await fixtureTrades('ema-tradelog.csv')).filter((t) => t.strategy === '0DTE PCS - EMA Entry');
const perContract = pcs.map((t) => t.pl / t.contracts);
const mean = perContract.reduce((a, v) => a + v, 0) / perContract.length;
const sd = Math.sqrt(perContract.reduce((a, v) => a + (v - mean) ** 2, 0) / (perContract.length - 1));
const N = 40;

describe('drift on a shifted live record', () => {
  it('flagged on all 50 seeds, multiplier 0', () => {
    const percentiles: number[] = [];
    for (let seed = 1; seed <= 50; seed++) {
      const rng = new Xoshiro128(seed, 7);
      let sum = 0;
      for (let i = 0; i < N; i++) sum += perContract[rng.nextIndex(perContract.length)] - sd;
      const drift = bootstrapDrift(pcs, sum, N, { sims: 2000, seed, meanBlockLength: null });
      if (!drift.ok) throw new Error(drift.reason);
      percentiles.push(drift.percentile);
    }
    expect(sd).toBeGreaterThan(100);
    expect(percentiles.filter((q) => q < 0.05)).toHaveLength(50);
    expect(percentiles.map((q) => suggestedMultiplier(q, 0.05, 0.01))).toEqual(Array(50).fill(0));
  });

  it('the same records unshifted are mostly not flagged (the shift, not the test, makes the flags)', () => {
    let flagged = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const rng = new Xoshiro128(seed, 7);
      let sum = 0;
      for (let i = 0; i < N; i++) sum += perContract[rng.nextIndex(perContract.length)];
      const drift = bootstrapDrift(pcs, sum, N, { sims: 2000, seed, meanBlockLength: null });
      if (drift.ok && drift.percentile < 0.05) flagged++;
    }
    // Binomial(50, 0.05): ≤ 8 with probability > 99.9%.
    expect(flagged).toBeLessThanOrEqual(8);
  });
});
