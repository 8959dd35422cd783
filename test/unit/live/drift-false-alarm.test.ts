// Drift must not cry wolf: a live record drawn from the backtest itself (40 trades drawn
// i.i.d. from the EMA PCS strategy's 179 per-contract P/Ls) is flagged "drifting" (below the
// 5th percentile) about 5% of the time. Over 400 independent records (seeds 1..400, 1,000
// bootstrap sums each) the count of flags must stay within the binomial(400, 0.05) range
// 8..35 (each tail < 0.1%: below 8 would mean the test never fires, above 35 that it fires too often).
import { describe, expect, it } from 'vitest';
import { bootstrapDrift } from '../../../core/live';
import { Xoshiro128 } from '../../../core/random';
import { fixtureTrades } from '../support/fixtures';

const pcs = (await fixtureTrades('ema-tradelog.csv')).filter((t) => t.strategy === '0DTE PCS - EMA Entry');
const perContract = pcs.map((t) => t.pl / t.contracts);
const N = 40;
const RECORDS = 400;

describe('drift false-alarm rate', () => {
  it(`a record drawn from the backtest is flagged at most at the stated 5% rate (binomial range 8..35 of ${RECORDS})`, () => {
    let flagged = 0;
    let cut = 0;
    for (let seed = 1; seed <= RECORDS; seed++) {
      const rng = new Xoshiro128(seed, 7);
      let sum = 0;
      for (let i = 0; i < N; i++) sum += perContract[rng.nextIndex(perContract.length)];
      const drift = bootstrapDrift(pcs, sum, N, { sims: 1000, seed, meanBlockLength: null });
      if (!drift.ok) throw new Error(drift.reason);
      if (drift.percentile < 0.05) flagged++;
      if (drift.percentile < 0.01) cut++;
    }
    expect(pcs).toHaveLength(179);
    expect(flagged).toBeGreaterThanOrEqual(8);
    expect(flagged).toBeLessThanOrEqual(35);
    // Below the 1st percentile (multiplier 0): binomial(400, 0.01) stays ≤ 11 with probability > 99.9%.
    expect(cut).toBeLessThanOrEqual(11);
  });
});
