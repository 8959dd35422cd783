/**
 * Vince optimal f over a typed-array prefix (the replay refits it on trailing samples):
 * maximize G(f) = mean ln(1 + f · Pᵢ / |largest loss|) over 0 < f < 1 (SPEC §3), by a
 * safeguarded Newton iteration on G′(f) = 0 (G is concave, G′(0) = mean P / |L|).
 */

export interface OptimalF {
  /** f* in (0, 1). */
  f: number;
  /** |largest loss| (per contract). */
  largestLoss: number;
  /** Dollars of equity per contract: |largest loss| / f*. */
  dollarsPerContract: number;
}

/** Optimal f of values[0..count); null when there is no loss or the mean is ≤ 0 (f* = 0). */
export function optimalF(values: Float64Array, count: number): OptimalF | null {
  let largestLoss = 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    sum += values[i];
    if (-values[i] > largestLoss) largestLoss = -values[i];
  }
  if (largestLoss === 0 || sum <= 0) return null;
  const scale = 1 / largestLoss;
  let lo = 0;
  let hi = 1;
  let f = 0.5;
  for (let iteration = 0; iteration < 200 && hi - lo > 1e-13; iteration++) {
    let slope = 0;
    let curvature = 0;
    for (let i = 0; i < count; i++) {
      const x = values[i] * scale;
      const inverse = 1 / (1 + f * x);
      slope += x * inverse;
      curvature += x * x * inverse * inverse;
    }
    if (slope > 0) lo = f;
    else hi = f;
    const newton = f + slope / curvature;
    f = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(slope) < 1e-15 * count) break;
  }
  return { f, largestLoss, dollarsPerContract: largestLoss / f };
}
