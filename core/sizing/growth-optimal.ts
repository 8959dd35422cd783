/**
 * Growth-optimal (empirical Kelly) fraction (SPEC-metrics §3): f* = argmax_f mean ln(1 + f·rᵢ)
 * over the sample's per-bet returns rᵢ (P/L per contract ÷ the risk unit D per contract).
 * Conventions:
 * - the search runs over f ≥ 0 where every 1 + f·rᵢ > 0 (undefined growth is excluded);
 * - the mean log growth is concave in f, so its derivative mean rᵢ/(1 + f·rᵢ) is decreasing
 *   and the maximum is its root, found by safeguarded Newton (bisection fallback, ~1e-15);
 * - 0 when the mean return is not positive (no allocation); null without any negative
 *   return (growth rises without bound) or without data;
 * - optional weights (≥ 0, default 1) make it a weighted mean Σwᵢ ln(1 + f·rᵢ) / Σwᵢ (an
 *   EWMA-weighted sample, or outcome probabilities other than the sample's frequencies).
 */

/** mean ln(1 + f·rᵢ) (weighted by `weights` when given); null when any 1 + f·rᵢ ≤ 0 or there are no returns. */
export function expectedLogGrowth(returns: readonly number[], f: number, weights?: readonly number[]): number | null {
  if (returns.length === 0 || !Number.isFinite(f)) return null;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < returns.length; i++) {
    const hpr = 1 + f * returns[i];
    if (!(hpr > 0)) return null;
    const w = weights ? weights[i] : 1;
    sum += w * Math.log(hpr);
    total += w;
  }
  return sum / total;
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
  // slope(f) = Σ wᵢ·rᵢ/(1 + f·rᵢ) is decreasing (its derivative −Σ wᵢ·rᵢ²/(1 + f·rᵢ)² < 0):
  // safeguarded Newton inside the bracket [low, high] with slope(low) > 0 ≥ slope(high),
  // bisecting whenever a step would leave it — a few passes over the sample, not 200.
  const k = scaled.length;
  let derivative = 0;
  const slope = (f: number) => {
    let sum = 0;
    let d = 0;
    for (let i = 0; i < k; i++) {
      const r = scaled[i];
      const w = weights ? weights[i] : 1;
      const q = r / (1 + f * r);
      sum += w * q;
      d -= w * q * q;
    }
    derivative = d;
    return sum;
  };
  if (!(slope(0) > 0)) return 0;
  let low = 0;
  let high = fMax;
  let x = 0;
  let value = slope(0);
  let xDerivative = derivative;
  for (let i = 0; i < 200 && high - low > 1e-15 * fMax; i++) {
    let next = xDerivative < 0 ? x - value / xDerivative : NaN;
    if (!(next > low && next < high)) next = (low + high) / 2;
    const at = slope(next);
    const step = Math.abs(next - x);
    x = next;
    value = at;
    xDerivative = derivative;
    if (at > 0) low = next;
    else high = next;
    if (at === 0 || step <= 1e-15 * fMax) {
      low = high = next;
      break;
    }
  }
  const f = (high - low > 1e-15 * fMax ? x : (low + high) / 2) / scale;
  return Number.isFinite(f) ? f : null;
}
