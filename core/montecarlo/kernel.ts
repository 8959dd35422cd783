/**
 * The Monte Carlo kernel: simulates paths [startPath, endPath) of a config and returns a
 * mergeable partial. A tight typed-array loop with the xoshiro128** generator inlined
 * (same algorithm and seeding as core/random) — path i always draws from stream
 * (seed, i), so any split of paths into chunks gives bit-identical numbers.
 *
 * Memory is O(paths · checkpoints), never O(paths · horizon): only the equity at
 * checkpoints (as Float32 ratios to the starting capital), the final equity and the max
 * drawdown are kept.
 *
 * Two loops with identical draws and arithmetic: a general one (any mode, worst-case
 * injection) and one specialised to growth factors without injection (the default case).
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
  /** Growth factors 1 + max(r, −1) (percent, daily), or P/L per contract (dollar). */
  outcomes: Float64Array;
  n: number;
  scale: number;
  block: boolean;
  /** A draw below this starts a new block; 2^32 with i.i.d. resampling, so every step draws its index. */
  newBlockThreshold: number;
  inject: boolean;
  injectThreshold: number;
  /** Aligned with `outcomes`: the injected outcome of each entry, in the same units. */
  worst: Float64Array;
  dollar: boolean;
  fixedContracts: Float64Array;
  contractsPerDollar: Float64Array;
  start: number;
  ruinEquity: number;
  steps: Int32Array;
  count: number;
  equityRatio: Float32Array;
  finalEquity: Float64Array;
  maxDrawdown: Float64Array;
  state: Int32Array;
}

/**
 * Seeds stream `stream` into `state` and makes its first draw, the pool index before step 0
 * (stationary bootstrap: the block position before step 0 is uniform, so step 0 — a
 * "continue" or a new block — is uniform too). Leaves `state` after that draw.
 */
function startStream(seed: number, stream: number, state: Int32Array, scale: number): number {
  seedStream(seed, stream, state);
  const s1 = state[1];
  const y = Math.imul(s1, 5);
  const x = Math.imul((y << 7) | (y >>> 25), 9);
  const t = s1 << 9;
  state[2] ^= state[0];
  state[3] ^= s1;
  state[1] ^= state[2];
  state[0] ^= state[3];
  state[2] ^= t;
  state[3] = (state[3] << 11) | (state[3] >>> 21);
  return ((x >>> 0) * scale) | 0;
}

/** Stores path `p`'s final equity and max drawdown; returns 1 when it touched the ruin level, else 0. */
function finishPath(k: Kernel, p: number, equity: number, lowestRatio: number, lowestEquity: number): number {
  k.finalEquity[p] = equity;
  k.maxDrawdown[p] = 1 - lowestRatio;
  return lowestEquity <= k.ruinEquity ? 1 : 0;
}

/**
 * Simulates one path (stream `stream`) into slot `p` of the chunk's arrays; returns 1 when
 * it touched the ruin level, else 0. Any mode, with or without worst-case injection.
 *
 * Per step: one xoshiro128** draw in 32-bit integer math (a second on the 1/L of steps
 * that start a new block, one more with worst-case injection), one typed-array load and a
 * multiply. The draw picks the index when it falls below `newBlockThreshold` (always with
 * i.i.d. resampling, so the block test costs nothing there; in a block, the redraw).
 * The running peak and the lowest equity / peak ratio change on few steps, so
 * they sit behind two well-predicted comparisons (a new peak; equity below the deepest
 * drawdown so far, `floor` = peak · lowest ratio); the division happens only there. A new
 * lowest equity always sets a new lowest ratio (the peak never falls), so ruin is tracked
 * in the same rare branch.
 */
function simulatePath(k: Kernel, p: number, seed: number, stream: number): number {
  const { outcomes, n, scale, block, newBlockThreshold, inject, injectThreshold, worst, dollar, fixedContracts, contractsPerDollar, steps, count, equityRatio, state } = k;
  const inverseStart = 1 / k.start;
  const checkpoints = steps.length;
  let index = startStream(seed, stream, state, scale);
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  let x = 0;
  let y = 0;
  let t = 0;
  let equity = k.start;
  let peak = equity;
  let lowestRatio = 1;
  let floor = equity;
  let lowestEquity = equity;
  let step = 0;
  for (let c = 0; c < checkpoints; c++) {
    const end = steps[c];
    for (; step < end; step++) {
      y = Math.imul(s1, 5);
      x = Math.imul((y << 7) | (y >>> 25), 9);
      t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
      if (x >>> 0 < newBlockThreshold) {
        if (block) {
          y = Math.imul(s1, 5);
          x = Math.imul((y << 7) | (y >>> 25), 9);
          t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
        }
        index = ((x >>> 0) * scale) | 0;
      } else {
        index++;
        if (index === n) index = 0;
      }
      let outcome = outcomes[index];
      if (inject) {
        y = Math.imul(s1, 5);
        x = Math.imul((y << 7) | (y >>> 25), 9);
        t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
        if (x >>> 0 < injectThreshold) outcome = worst[index];
      }
      if (dollar) {
        // Equity at or below 0 absorbs: no contracts, no P/L.
        if (equity > 0) equity = Math.max(0, equity + outcome * (fixedContracts[index] + Math.floor(equity * contractsPerDollar[index])));
      } else {
        equity *= outcome;
      }
      if (equity > peak) {
        // Math.min, not a conditional assignment: an extra branch here costs V8 a third of the loop's speed.
        equity = Math.min(equity, EQUITY_CEILING);
        peak = equity;
        floor = peak * lowestRatio;
      } else if (equity < floor) {
        const ratio = equity / peak;
        if (ratio < lowestRatio) lowestRatio = ratio;
        floor = equity;
        if (equity < lowestEquity) lowestEquity = equity;
      }
    }
    equityRatio[c * count + p] = Math.min(equity * inverseStart, FLOAT32_CEILING);
  }
  return finishPath(k, p, equity, lowestRatio, lowestEquity);
}

/**
 * `simulatePath` specialised to the common case — growth factors (percent, daily) without
 * worst-case injection — with the same draws and the same arithmetic, step for step. The
 * `inject` and `dollar` tests, though perfectly predicted, each cost the loop about a fifth
 * of its speed in V8 (measured), so this case gets a loop without them.
 */
function simulateGrowthPath(k: Kernel, p: number, seed: number, stream: number): number {
  const { outcomes, n, scale, block, newBlockThreshold, steps, count, equityRatio, state } = k;
  const inverseStart = 1 / k.start;
  const checkpoints = steps.length;
  let index = startStream(seed, stream, state, scale);
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  let x = 0;
  let y = 0;
  let t = 0;
  let equity = k.start;
  let peak = equity;
  let lowestRatio = 1;
  let floor = equity;
  let lowestEquity = equity;
  let step = 0;
  for (let c = 0; c < checkpoints; c++) {
    const end = steps[c];
    for (; step < end; step++) {
      y = Math.imul(s1, 5);
      x = Math.imul((y << 7) | (y >>> 25), 9);
      t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
      if (x >>> 0 < newBlockThreshold) {
        if (block) {
          y = Math.imul(s1, 5);
          x = Math.imul((y << 7) | (y >>> 25), 9);
          t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
        }
        index = ((x >>> 0) * scale) | 0;
      } else {
        index++;
        if (index === n) index = 0;
      }
      equity *= outcomes[index];
      if (equity > peak) {
        equity = Math.min(equity, EQUITY_CEILING);
        peak = equity;
        floor = peak * lowestRatio;
      } else if (equity < floor) {
        const ratio = equity / peak;
        if (ratio < lowestRatio) lowestRatio = ratio;
        floor = equity;
        if (equity < lowestEquity) lowestEquity = equity;
      }
    }
    equityRatio[c * count + p] = Math.min(equity * inverseStart, FLOAT32_CEILING);
  }
  return finishPath(k, p, equity, lowestRatio, lowestEquity);
}

export function simulateChunk(config: MonteCarloConfig, startPath: number, endPath: number, onProgress?: ProgressCallback): MonteCarloPartial {
  const count = Math.max(0, endPath - startPath);
  const steps = checkpointSteps(config.horizon, config.checkpoints);
  const n = config.pool.length;
  const dollar = config.mode === 'dollar';
  // Percent/daily modes multiply by a growth factor; dollar mode adds P/L per contract × contracts.
  const outcomes = new Float64Array(n);
  for (let i = 0; i < n; i++) outcomes[i] = dollar ? config.pool[i] : 1 + Math.max(config.pool[i], -1);
  const inject = config.worstCaseShare > 0;
  if (inject && config.worstByEntry.length !== n) throw new Error('simulateChunk: worstByEntry does not match the pool');
  // Read only when injecting.
  const worst = new Float64Array(inject ? n : 0);
  for (let i = 0; i < worst.length; i++) worst[i] = dollar ? config.worstByEntry[i] : 1 + Math.max(config.worstByEntry[i], -1);
  const kernel: Kernel = {
    outcomes,
    n,
    scale: UINT32_TO_UNIT * n,
    block: config.resample === 'block',
    newBlockThreshold: config.resample === 'block' ? probabilityThreshold(1 / Math.max(1, config.meanBlockLength)) : 4294967296,
    inject,
    injectThreshold: probabilityThreshold(config.worstCaseShare),
    worst,
    dollar,
    fixedContracts: dollar ? Float64Array.from(config.sizing.fixedContracts) : new Float64Array(0),
    contractsPerDollar: dollar ? Float64Array.from(config.sizing.contractsPerDollar) : new Float64Array(0),
    start: config.startingCapital,
    ruinEquity: config.ruinLevel * config.startingCapital,
    steps,
    count,
    equityRatio: new Float32Array(count * steps.length),
    finalEquity: new Float64Array(count),
    maxDrawdown: new Float64Array(count),
    state: new Int32Array(4),
  };
  if (dollar && (kernel.fixedContracts.length !== n || kernel.contractsPerDollar.length !== n)) throw new Error('simulateChunk: dollar sizing does not match the pool');
  const progressEvery = Math.max(1, Math.ceil(count / 50));
  let ruinedPaths = 0;
  // Chosen once per chunk, so the hot loop never tests the mode.
  const simulate = dollar || kernel.inject ? simulatePath : simulateGrowthPath;
  for (let p = 0; p < count; p++) {
    ruinedPaths += simulate(kernel, p, config.seed, startPath + p);
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
