/**
 * The Monte Carlo kernel: simulates paths [startPath, endPath) of a config and returns a
 * mergeable partial. A tight typed-array loop with the xoshiro128** generator inlined
 * (same algorithm and seeding as core/random) — path i always draws from stream
 * (seed, i), so any split of paths into chunks gives bit-identical numbers.
 *
 * Memory is O(paths · checkpoints), never O(paths · horizon): only the equity at
 * checkpoints (as Float32 log ratios), the final equity and the max drawdown are kept.
 */
import { seedStream, UINT32_TO_UNIT } from '../random';
import { checkpointSteps } from './checkpoints';
import type { MonteCarloConfig, MonteCarloPartial } from './types';

/** Equity saturates here so a runaway compounding path never overflows to Infinity. */
const EQUITY_CEILING = 1e300;

/** Called with the number of paths finished in this chunk, about every 2% of the chunk. */
export type ProgressCallback = (pathsDone: number) => void;

function probabilityThreshold(p: number): number {
  return Math.min(4294967296, Math.max(0, Math.round(p * 4294967296)));
}

export function simulateChunk(config: MonteCarloConfig, startPath: number, endPath: number, onProgress?: ProgressCallback): MonteCarloPartial {
  const count = Math.max(0, endPath - startPath);
  const steps = checkpointSteps(config.horizon, config.checkpoints);
  const nCheckpoints = steps.length;
  const logEquity = new Float32Array(count * nCheckpoints);
  const finalEquity = new Float64Array(count);
  const maxDrawdown = new Float64Array(count);

  const n = config.pool.length;
  const dollar = config.mode === 'dollar';
  // Percent/daily modes multiply by a growth factor; dollar mode adds P/L per contract × contracts.
  const outcomes = new Float64Array(n);
  for (let i = 0; i < n; i++) outcomes[i] = dollar ? config.pool[i] : 1 + Math.max(config.pool[i], -1);
  const worst = dollar ? config.worstCaseValue : 1 + Math.max(config.worstCaseValue, -1);
  const inject = config.worstCaseShare > 0;
  const injectThreshold = probabilityThreshold(config.worstCaseShare);
  const block = config.resample === 'block';
  const newBlockThreshold = probabilityThreshold(1 / Math.max(1, config.meanBlockLength));
  const fixedContracts = config.sizing.kind === 'fixed' ? config.sizing.contracts : 0;
  const contractsPerDollar = config.sizing.kind === 'proportional' ? config.sizing.contractsPerDollar : 0;
  const start = config.startingCapital;
  const ruinEquity = config.ruinLevel * start;
  const scale = UINT32_TO_UNIT * n;
  const state = new Int32Array(4);
  const progressEvery = Math.max(1, Math.ceil(count / 50));
  let ruinedPaths = 0;

  for (let p = 0; p < count; p++) {
    seedStream(config.seed, startPath + p, state);
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    let x = 0;
    let t = 0;
    let equity = start;
    let peak = start;
    let inversePeak = 1 / start;
    let lowestRatio = 1;
    let ruined = equity <= ruinEquity;
    // Stationary bootstrap: the block position before step 0 is uniform, so step 0 (a "continue" or a new block) is uniform too.
    x = Math.imul((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25), 9);
    t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
    let index = ((x >>> 0) * scale) | 0;
    let step = 0;
    for (let c = 0; c < nCheckpoints; c++) {
      const end = steps[c];
      for (; step < end; step++) {
        x = Math.imul((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25), 9);
        t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
        if (block) {
          if (x >>> 0 < newBlockThreshold) {
            x = Math.imul((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25), 9);
            t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
            index = ((x >>> 0) * scale) | 0;
          } else if (++index === n) {
            index = 0;
          }
        } else {
          index = ((x >>> 0) * scale) | 0;
        }
        let outcome = outcomes[index];
        if (inject) {
          x = Math.imul((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25), 9);
          t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
          if (x >>> 0 < injectThreshold) outcome = worst;
        }
        if (dollar) {
          if (equity > 0) {
            const contracts = fixedContracts > 0 ? fixedContracts : Math.floor(equity * contractsPerDollar);
            equity += outcome * contracts;
            if (equity < 0) equity = 0;
          }
        } else {
          equity *= outcome;
        }
        if (equity > peak) {
          if (equity > EQUITY_CEILING) equity = EQUITY_CEILING;
          peak = equity;
          inversePeak = 1 / peak;
        } else {
          const ratio = equity * inversePeak;
          if (ratio < lowestRatio) lowestRatio = ratio;
          if (equity <= ruinEquity) ruined = true;
        }
      }
      logEquity[c * count + p] = Math.log(equity / start);
    }
    finalEquity[p] = equity;
    maxDrawdown[p] = 1 - lowestRatio;
    if (ruined) ruinedPaths++;
    if (onProgress && ((p + 1) % progressEvery === 0 || p + 1 === count)) onProgress(p + 1);
  }
  return { startPath, endPath: startPath + count, checkpoints: nCheckpoints, logEquityAtCheckpoints: logEquity, finalEquity, maxDrawdown, ruinedPaths };
}
