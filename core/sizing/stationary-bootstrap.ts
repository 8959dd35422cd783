/**
 * The stationary block bootstrap over trades (Politis & Romano) that the drawdown target and
 * the Kelly band resample with: a path starts at a uniform trade; each next step starts a new
 * block at a uniform trade with probability 1/L, else continues with the next trade (wrapping
 * from the last to the first). The mean block length defaults to round(n^⅓) (at least 1), so
 * runs of wins and losses that cluster in time keep some of their clustering.
 */
import { Xoshiro128 } from '../random';

/** round(n^⅓), at least 1: the default mean block length for n trades. */
export function defaultMeanBlock(n: number): number {
  return Math.max(1, Math.round(Math.cbrt(n)));
}

/** Steps through the trade indices [0, n) of one resampled path. */
export class BlockResampler {
  private readonly rng: Xoshiro128;
  private readonly newBlock: number;
  private index = -1;

  /** Stream `stream` of `seed`; meanBlock ≥ 1 (1 = i.i.d. resampling). */
  constructor(
    private readonly n: number,
    meanBlock: number,
    seed: number,
    stream: number,
  ) {
    this.rng = new Xoshiro128(seed, stream);
    this.newBlock = 1 / Math.max(1, meanBlock);
  }

  /** The next trade index. */
  next(): number {
    if (this.index < 0 || this.rng.nextFloat() < this.newBlock) this.index = this.rng.nextIndex(this.n);
    else this.index = this.index + 1 === this.n ? 0 : this.index + 1;
    return this.index;
  }
}
