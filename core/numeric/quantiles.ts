/**
 * Percentiles of a Float64Array by selection (no full sort): linear interpolation between
 * order statistics, h = (n − 1)·p (the numpy/Excel PERCENTILE.INC convention). Float64
 * only, so the selection loop stays monomorphic (copy Float32 data into a scratch array).
 */

/** Rearranges values[lo..hi] so values[k] is the k-th smallest, smaller left, larger right (Hoare quickselect). */
function select(values: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot.
    const a = values[lo];
    const b = values[mid];
    const c = values[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * The order statistics needed for ascending probabilities `probs`, read from `values`
 * (reordered in place), each mapped through `transform` before interpolating.
 */
export function percentilesInPlace(values: Float64Array, probs: readonly number[], transform: (v: number) => number = (v) => v): number[] {
  const n = values.length;
  const out: number[] = [];
  let lo = 0;
  for (const p of probs) {
    const h = (n - 1) * p;
    const below = Math.floor(h);
    select(values, below, lo, n - 1);
    lo = below;
    const lower = transform(values[below]);
    if (below + 1 >= n || h === below) {
      out.push(lower);
      continue;
    }
    let next = values[below + 1];
    for (let i = below + 2; i < n; i++) if (values[i] < next) next = values[i];
    const upper = transform(next);
    out.push(lower + (h - below) * (upper - lower));
  }
  return out;
}

/** Buckets of the radix pre-pass of `nonNegativePercentiles`. */
const BUCKETS = 4096;

/** Scratch arrays reused across calls (one checkpoint after another). */
const scratch = { counts: new Int32Array(BUCKETS), slotOf: new Int32Array(BUCKETS).fill(-1), candidates: new Float64Array(0), fallback: new Float64Array(0) };

/**
 * Percentiles (as `percentilesInPlace`, the same numbers) of non-negative Float32 values,
 * without reordering them: the bit patterns of non-negative floats sort like the floats,
 * so one pass finds the key range, one counts keys into ≤ 4096 buckets of that range (the
 * bucket width doubles per binade, so skewed data spreads out), and one copies just the
 * buckets that hold the wanted order statistics, which are then sorted. Three linear passes
 * of integer work per call instead of several partitions; exact. Falls back to selection
 * when a value is negative or NaN. `probs` ascending.
 */
export function nonNegativePercentiles(values: Float32Array, probs: readonly number[], transform: (v: number) => number = (v) => v): number[] {
  const n = values.length;
  const keys = new Int32Array(values.buffer, values.byteOffset, n);
  let low = 0x7fffffff;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key < low) low = key;
    if (key > high) high = key;
  }
  if (n === 0 || low < 0 || high > 0x7f800000) {
    if (scratch.fallback.length < n) scratch.fallback = new Float64Array(n);
    const copy = scratch.fallback.subarray(0, n);
    copy.set(values);
    return percentilesInPlace(copy, probs, transform);
  }
  let shift = 0;
  while ((high - low) >>> shift >= BUCKETS) shift++;
  const { counts, slotOf } = scratch;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(keys[i] - low) >>> shift]++;

  // The order statistics needed: floor(h) and floor(h) + 1 for each probability.
  const ranks: number[] = [];
  for (const p of probs) {
    const h = (n - 1) * p;
    ranks.push(Math.floor(h));
    if (Math.floor(h) + 1 < n && h !== Math.floor(h)) ranks.push(Math.floor(h) + 1);
  }
  // Bucket of each rank, and where its bucket's values go in the candidate array.
  const bucketStart: number[] = [];
  const slotBucket: number[] = [];
  const slotOffset: number[] = [];
  // Ranks ascend with the probabilities, so one cursor walks the buckets.
  let below = 0;
  let b = 0;
  const rankSlot = ranks.map((rank) => {
    while (below + counts[b] <= rank) below += counts[b++];
    if (slotOf[b] < 0) {
      slotOf[b] = slotBucket.length;
      slotOffset.push(slotBucket.length === 0 ? 0 : slotOffset[slotOffset.length - 1] + counts[slotBucket[slotBucket.length - 1]]);
      slotBucket.push(b);
      bucketStart.push(below);
    }
    return slotOf[b];
  });
  const total = slotOffset[slotOffset.length - 1] + counts[slotBucket[slotBucket.length - 1]];
  if (scratch.candidates.length < total) scratch.candidates = new Float64Array(Math.max(total, 1024));
  const candidates = scratch.candidates;
  const fill = slotOffset.slice();
  for (let i = 0; i < n; i++) {
    const slot = slotOf[(keys[i] - low) >>> shift];
    if (slot >= 0) candidates[fill[slot]++] = values[i];
  }
  slotBucket.forEach((b, s) => {
    candidates.subarray(slotOffset[s], slotOffset[s] + counts[b]).sort();
    slotOf[b] = -1;
  });
  const orderStatistic = (k: number) => transform(candidates[slotOffset[rankSlot[k]] + ranks[k] - bucketStart[rankSlot[k]]]);

  const out: number[] = [];
  let k = 0;
  for (const p of probs) {
    const h = (n - 1) * p;
    const lower = orderStatistic(k++);
    if (Math.floor(h) + 1 < n && h !== Math.floor(h)) {
      const upper = orderStatistic(k++);
      out.push(lower + (h - Math.floor(h)) * (upper - lower));
    } else out.push(lower);
  }
  return out;
}
