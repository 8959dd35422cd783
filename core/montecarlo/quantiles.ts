/**
 * Percentiles of typed arrays by selection (no full sort): linear interpolation between
 * order statistics, h = (n − 1)·p (the numpy/Excel PERCENTILE.INC convention).
 */

type NumericArray = Float64Array | Float32Array;

/** Rearranges values[lo..hi] so values[k] is the k-th smallest, smaller left, larger right (Hoare quickselect). */
function select(values: NumericArray, k: number, lo: number, hi: number): void {
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
export function percentilesInPlace(values: NumericArray, probs: readonly number[], transform: (v: number) => number = (v) => v): number[] {
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
