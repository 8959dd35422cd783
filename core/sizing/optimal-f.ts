/**
 * Vince's optimal f (SPEC-metrics §3) — the one implementation, used by the Sizing page, the
 * CLI, the report and the replay/Monte Carlo rules. With D = |largest loss|, each trade's
 * holding-period return is HPRᵢ = 1 + f·(−Pᵢ / largest loss) = 1 + f·Pᵢ/D, TWR = Π HPRᵢ,
 * G = TWR^(1/N), and f$ = D / f* is the equity per contract (one contract per f$ of equity).
 *
 * f* maximizes G(f) = mean ln(1 + f·Pᵢ/D) over 0 < f < 1: G is concave and G′(0) = mean P / D,
 * so f* is the root of G′ found by a safeguarded Newton iteration (bisection bracket kept).
 *
 * Undefined (null with its reason) without any trade, without a losing trade (f is unbounded)
 * and when the mean P/L is not positive (no edge: f* would be 0, and f$ = D / 0 has no value),
 * or when D is too close to 0 to divide by (a subnormal loss).
 * On a long log TWR can exceed the largest double: then TWR is null while f*, G and f$
 * (computed in log space) are still given.
 */

export interface OptimalF {
  /** f* in (0, 1). */
  f: number;
  /** |largest loss| (D), per contract. */
  largestLoss: number;
  /** D / f*: dollars of equity per contract. */
  fDollar: number;
  /** Terminal wealth relative at f*; null when it exceeds the largest double (a long log). */
  twr: number | null;
  /** Geometric mean HPR, TWR^(1/N). */
  geometricMean: number;
}

export type OptimalFResult = { value: OptimalF; reason?: undefined } | { value: null; reason: string };

/** Optimal f of values[0..count) (per-contract P/L; count defaults to all). */
export function optimalF(values: ArrayLike<number>, count: number = values.length): OptimalFResult {
  if (count === 0) return { value: null, reason: 'no trades' };
  let largestLoss = 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    sum += values[i];
    if (-values[i] > largestLoss) largestLoss = -values[i];
  }
  if (!(largestLoss > 0)) return { value: null, reason: 'no losing trade: optimal f is unbounded' };
  if (!(sum > 0)) return { value: null, reason: 'mean P/L per contract ≤ 0: no edge, optimal f is 0' };
  const scale = 1 / largestLoss;
  if (!Number.isFinite(scale)) return { value: null, reason: `largest loss per contract ${largestLoss.toPrecision(4)} is too close to 0 to divide by` };
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
  let logTwr = 0;
  for (let i = 0; i < count; i++) logTwr += Math.log(1 + f * values[i] * scale);
  const twr = Math.exp(logTwr);
  return { value: { f, largestLoss, fDollar: largestLoss / f, twr: Number.isFinite(twr) ? twr : null, geometricMean: Math.exp(logTwr / count) } };
}
