/**
 * Growth-optimal (empirical Kelly) fraction (SPEC-metrics §3): f* = argmax_f mean ln(1 + f·rᵢ)
 * over the sample's per-bet returns rᵢ (P/L per contract ÷ the risk unit D per contract).
 * Conventions:
 * - the search runs over f ≥ 0 where every 1 + f·rᵢ > 0 (undefined growth is excluded);
 * - the mean log growth is concave in f, so its derivative mean rᵢ/(1 + f·rᵢ) is decreasing
 *   and the maximum is found by bisection on the derivative (to ~1e-15);
 * - 0 when the mean return is not positive (no allocation); null without any negative
 *   return (growth rises without bound) or without data;
 * - optional weights (≥ 0, default 1) make it a weighted mean Σwᵢ ln(1 + f·rᵢ) / Σwᵢ (an
 *   EWMA-weighted sample, or outcome probabilities other than the sample's frequencies).
 */

/** mean ln(1 + f·rᵢ); null when any 1 + f·rᵢ ≤ 0 or there are no returns. */
export function expectedLogGrowth(returns: number[], f: number): number | null {
  if (returns.length === 0 || !Number.isFinite(f)) return null;
  let sum = 0;
  for (const r of returns) {
    const hpr = 1 + f * r;
    if (!(hpr > 0)) return null;
    sum += Math.log(hpr);
  }
  return sum / returns.length;
}

/** The largest fraction keeping every 1 + f·rᵢ > 0 (exclusive); null without negative returns. */
export function maxFeasibleFraction(returns: number[]): number | null {
  const worst = returns.reduce((low, r) => Math.min(low, r), Infinity);
  return worst < 0 ? 1 / -worst : null;
}

export function growthOptimalFraction(returns: number[], weights?: readonly number[]): number | null {
  if (returns.length === 0 || !returns.every(Number.isFinite)) return null;
  if (weights && (weights.length !== returns.length || !weights.every((w) => w >= 0 && Number.isFinite(w)))) return null;
  // Solve on returns scaled to max |r| = 1 (safe for tiny or huge magnitudes), then scale back.
  const scale = returns.reduce((high, r) => Math.max(high, Math.abs(r)), 0);
  if (!(scale > 0)) return null;
  const scaled = returns.map((r) => r / scale);
  const fMax = maxFeasibleFraction(scaled);
  if (fMax === null) return null;
  const slope = (f: number) => scaled.reduce((s, r, i) => s + (weights ? weights[i] : 1) * (r / (1 + f * r)), 0);
  if (!(slope(0) > 0)) return 0;
  let low = 0;
  let high = fMax;
  for (let i = 0; i < 200 && high - low > 1e-15 * fMax; i++) {
    const mid = (low + high) / 2;
    if (slope(mid) > 0) low = mid;
    else high = mid;
  }
  const f = (low + high) / 2 / scale;
  return Number.isFinite(f) ? f : null;
}
