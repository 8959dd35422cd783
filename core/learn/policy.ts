/**
 * The learned allocator's policy (issue 13 "Policy"): expected utility of bucket b =
 * Σ_c p_c·M[c][b], where p are the calibrated class probabilities and M[c][b] the mean training
 * utility of bucket b over the training rows labelled c (the mean over all training rows for a
 * class never seen); the raw weights are the bucket with the largest expected utility. Then
 * smoothing w = α·w_{t−1} + (1 − α)·w_raw and the change cap: when some leg would move by more
 * than the cap, the whole move is scaled down so that the largest leg move equals the cap (the
 * weights stay long-only and sum to 1).
 */

/** M: K × B mean utilities of each bucket given each label class, from training rows. */
export function utilityMatrix(utility: Float64Array, label: Int32Array, rows: ArrayLike<number>, B: number): Float64Array {
  const M = new Float64Array(B * B);
  const n = new Float64Array(B);
  const all = new Float64Array(B);
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j];
    const c = label[r];
    n[c]++;
    for (let b = 0; b < B; b++) {
      M[c * B + b] += utility[r * B + b];
      all[b] += utility[r * B + b];
    }
  }
  for (let c = 0; c < B; c++) for (let b = 0; b < B; b++) M[c * B + b] = n[c] > 0 ? M[c * B + b] / n[c] : rows.length > 0 ? all[b] / rows.length : 0;
  return M;
}

/** The bucket with the largest expected utility for each of n probability rows. */
export function bestBuckets(p: Float64Array, n: number, M: Float64Array, B: number): Int32Array {
  const out = new Int32Array(n);
  const eu = new Float64Array(B);
  for (let i = 0; i < n; i++) {
    eu.fill(0);
    for (let c = 0; c < B; c++) {
      const pc = p[i * B + c];
      if (pc === 0) continue;
      for (let b = 0; b < B; b++) eu[b] += pc * M[c * B + b];
    }
    let best = 0;
    for (let b = 1; b < B; b++) if (eu[b] > eu[best]) best = b;
    out[i] = best;
  }
  return out;
}

/** One step of smoothing and the change cap from the previous weights. */
export function smoothStep(previous: readonly number[], raw: readonly number[], alpha: number, cap: number): number[] {
  const target = raw.map((w, i) => alpha * previous[i] + (1 - alpha) * w);
  let largest = 0;
  for (let i = 0; i < target.length; i++) largest = Math.max(largest, Math.abs(target[i] - previous[i]));
  const scale = largest > cap ? cap / largest : 1;
  return target.map((w, i) => previous[i] + scale * (w - previous[i]));
}

/** The weights in force each day from raw weights, starting from `start`. */
export function smoothPath(start: readonly number[], raw: readonly (readonly number[])[], alpha: number, cap: number): number[][] {
  const out: number[][] = [];
  let w = start.slice();
  for (const r of raw) {
    w = smoothStep(w, r, alpha, cap);
    out.push(w);
  }
  return out;
}
