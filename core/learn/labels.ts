/**
 * Labels of the learned allocator (issue 13, SPEC-metrics §6): for row t and grid bucket b with
 * weights w_b held (rebalanced daily to w_b) over the horizon's business days t … t + H − 1, the
 * utility U = (Π(1 + w_b·r_s) − 1) − λ_dd·maxDD − λ_tc·c·Σ|w_b − w_prev|: the future compounded
 * return, the max drawdown of that path (peak from 1) and the turnover cost of moving from the
 * previous row's label bucket (equal weights before the first row), c = cost bps ÷ 10,000. The
 * label is the bucket with the largest U (the lowest-numbered on a tie). Rows whose horizon runs
 * past the last day have no label.
 */
import { turnover } from './grid';

export interface Labels {
  /** Labeled rows: feature rows 0 … count − 1 (business days first … first + count − 1). */
  count: number;
  /** count × buckets utilities, row-major. */
  utility: Float64Array;
  label: Int32Array;
}

export interface LabelOptions {
  horizon: number;
  lambdaDd: number;
  lambdaTc: number;
  costBps: number;
}

export function buildLabels(returns: readonly Float64Array[], first: number, buckets: readonly number[][], o: LabelOptions): Labels {
  const T = returns[0].length;
  const B = buckets.length;
  const count = Math.max(0, T - o.horizon + 1 - first);
  const utility = new Float64Array(count * B);
  const label = new Int32Array(count);
  const c = o.costBps / 10_000;
  const N = returns.length;
  let previous = new Array<number>(N).fill(1 / N);
  for (let row = 0; row < count; row++) {
    const t = first + row;
    let best = 0;
    for (let b = 0; b < B; b++) {
      const w = buckets[b];
      let e = 1;
      let peak = 1;
      let dd = 0;
      for (let s = t; s < t + o.horizon; s++) {
        let r = 0;
        for (let i = 0; i < N; i++) r += w[i] * returns[i][s];
        e *= 1 + r;
        if (e > peak) peak = e;
        if (peak > 0) dd = Math.max(dd, (peak - e) / peak);
      }
      const u = e - 1 - o.lambdaDd * dd - o.lambdaTc * c * turnover(w, previous);
      utility[row * B + b] = u;
      if (u > utility[row * B + best]) best = b;
    }
    label[row] = best;
    previous = buckets[best];
  }
  return { count, utility, label };
}
