/**
 * The Monte Carlo kernel: simulates paths [startPath, endPath) of a config and returns a
 * mergeable partial. A tight typed-array loop with the xoshiro128** generator inlined
 * (same algorithm and seeding as core/random) — path i always draws from stream
 * (seed, i), so any split of paths into chunks gives bit-identical numbers.
 *
 * Memory is O(paths · checkpoints), never O(paths · horizon): only the equity at
 * checkpoints (as Float32 ratios to the starting capital), the final equity and the max
 * drawdown are kept.
 */
import { seedStream, UINT32_TO_UNIT } from '../random';
import { checkpointSteps } from './checkpoints';
import type { MonteCarloConfig, MonteCarloPartial } from './types';

/** Equity saturates here so a runaway compounding path never overflows to Infinity. */
const EQUITY_CEILING = 1e300;
/** Checkpoint ratios are Float32: they saturate below its largest finite value. */
const FLOAT32_CEILING = 3e38;

/** Called with the number of paths finished in this chunk, about every 2% of the chunk. */
export type ProgressCallback = (pathsDone: number) => void;

function probabilityThreshold(p: number): number {
  return Math.min(4294967296, Math.max(0, Math.round(p * 4294967296)));
}

/** Everything the per-path loop reads, resolved once per chunk (one hidden class, so the loop stays monomorphic). */
interface Kernel {
  outcomes: Float64Array;
  n: number;
  scale: number;
  block: boolean;
  newBlockThreshold: number;
  inject: boolean;
  injectThreshold: number;
  worst: number;
  dollar: boolean;
  fixedContracts: number;
  contractsPerDollar: number;
  start: number;
  steps: Int32Array;
  count: number;
  equityRatio: Float32Array;
  finalEquity: Float64Array;
  maxDrawdown: Float64Array;
  lowestEquity: Float64Array;
  state: Int32Array;
}

/** Simulates one path (stream `stream`) into slot `p` of the chunk's arrays. */
function simulatePath(k: Kernel, p: number, seed: number, stream: number): void {
  const { outcomes, n, scale, block, newBlockThreshold, inject, injectThreshold, worst, dollar, fixedContracts, contractsPerDollar, start, steps, count, equityRatio, state } = k;
  const inverseStart = 1 / start;
  seedStream(seed, stream, state);
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  let x = 0;
  let t = 0;
  let equity = start;
  let peak = start;
  let lowestRatio = 1;
  let lowestEquity = start;
  // Stationary bootstrap: the block position before step 0 is uniform, so step 0 (a "continue" or a new block) is uniform too.
  x = Math.imul((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25), 9);
  t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
  let index = ((x >>> 0) * scale) | 0;
  let step = 0;
  for (let c = 0; c < steps.length; c++) {
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
        const contracts = fixedContracts > 0 ? fixedContracts : Math.floor(equity * contractsPerDollar);
        equity = Math.max(0, equity + outcome * contracts);
      } else {
        equity = Math.min(EQUITY_CEILING, equity * outcome);
      }
      // Branch-free running peak, drawdown and low (a data-dependent branch here costs more than the division).
      peak = Math.max(peak, equity);
      lowestRatio = Math.min(lowestRatio, equity / peak);
      lowestEquity = Math.min(lowestEquity, equity);
    }
    equityRatio[c * count + p] = Math.min(FLOAT32_CEILING, equity * inverseStart);
  }
  k.finalEquity[p] = equity;
  k.maxDrawdown[p] = 1 - lowestRatio;
  k.lowestEquity[p] = lowestEquity;
}

export function simulateChunk(config: MonteCarloConfig, startPath: number, endPath: number, onProgress?: ProgressCallback): MonteCarloPartial {
  const count = Math.max(0, endPath - startPath);
  const steps = checkpointSteps(config.horizon, config.checkpoints);
  const n = config.pool.length;
  const dollar = config.mode === 'dollar';
  // Percent/daily modes multiply by a growth factor; dollar mode adds P/L per contract × contracts.
  const outcomes = new Float64Array(n);
  for (let i = 0; i < n; i++) outcomes[i] = dollar ? config.pool[i] : 1 + Math.max(config.pool[i], -1);
  const kernel: Kernel = {
    outcomes,
    n,
    scale: UINT32_TO_UNIT * n,
    block: config.resample === 'block',
    newBlockThreshold: probabilityThreshold(1 / Math.max(1, config.meanBlockLength)),
    inject: config.worstCaseShare > 0,
    injectThreshold: probabilityThreshold(config.worstCaseShare),
    worst: dollar ? config.worstCaseValue : 1 + Math.max(config.worstCaseValue, -1),
    dollar,
    fixedContracts: config.sizing.kind === 'fixed' ? config.sizing.contracts : 0,
    contractsPerDollar: config.sizing.kind === 'proportional' ? config.sizing.contractsPerDollar : 0,
    start: config.startingCapital,
    steps,
    count,
    equityRatio: new Float32Array(count * steps.length),
    finalEquity: new Float64Array(count),
    maxDrawdown: new Float64Array(count),
    lowestEquity: new Float64Array(count),
    state: new Int32Array(4),
  };
  const ruinEquity = config.ruinLevel * config.startingCapital;
  const progressEvery = Math.max(1, Math.ceil(count / 50));
  let ruinedPaths = 0;
  for (let p = 0; p < count; p++) {
    simulatePath(kernel, p, config.seed, startPath + p);
    if (kernel.lowestEquity[p] <= ruinEquity) ruinedPaths++;
    if (onProgress && ((p + 1) % progressEvery === 0 || p + 1 === count)) onProgress(p + 1);
  }
  return {
    startPath,
    endPath: startPath + count,
    checkpoints: steps.length,
    equityRatioAtCheckpoints: kernel.equityRatio,
    finalEquity: kernel.finalEquity,
    maxDrawdown: kernel.maxDrawdown,
    ruinedPaths,
  };
}
