/**
 * Lundberg bound on the probability of a drawdown at a fixed fraction f (SPEC-metrics §4).
 * With i.i.d. per-bet returns R (per unit staked), λ > 0 solves E[(1 + f·R)^(−λ)] = 1 and
 * P(wealth ever touches x·W₀) ≤ x^λ. Conventions:
 * - outcomes are equally likely (an empirical sample) unless probabilities are given;
 * - no positive λ exists when the expected log growth E[ln(1 + f·R)] ≤ 0: the touch is then
 *   certain in the long run and the bound is 1 (λ = 0);
 * - without any losing outcome (or one too small to register at this f) wealth can never
 *   fall: λ is null and the bound 0;
 * - f must keep every 1 + f·R > 0, else the bet can wipe out the account (λ = 0, bound 1).
 */

export interface Outcome {
  value: number;
  probability: number;
}

/** Equal weights for an empirical sample of returns. */
export function empiricalOutcomes(returns: number[]): Outcome[] {
  return returns.map((value) => ({ value, probability: 1 / returns.length }));
}

/**
 * λ for fraction f; 0 when growth is not positive, null when no outcome loses.
 * Solved by a safeguarded Newton iteration on the convex h(λ) = E[e^{−λ·ln(1+fR)}] − 1: it
 * starts from the normal approximation 2μ/σ² of the log growth, brackets the positive root
 * and steps from the right (where Newton on a convex function cannot overshoot), falling
 * back to bisection whenever a step would leave the bracket — a few passes over the sample
 * instead of the ~250 of plain bisection (issue 18 §7).
 */
export function lundbergExponent(outcomes: Outcome[], f: number): number | null {
  if (outcomes.length === 0 || !(f > 0) || !Number.isFinite(f)) return null;
  if (!outcomes.some((o) => o.value < 0 && o.probability > 0)) return null;
  if (outcomes.some((o) => o.probability > 0 && !(1 + f * o.value > 0))) return 0;
  const k = outcomes.length;
  const g = new Float64Array(k);
  const p = new Float64Array(k);
  let growth = 0;
  let second = 0;
  let losing = false;
  for (let i = 0; i < k; i++) {
    g[i] = Math.log(1 + f * outcomes[i].value);
    p[i] = outcomes[i].probability;
    growth += p[i] * g[i];
    second += p[i] * g[i] * g[i];
    if (g[i] < 0 && p[i] > 0) losing = true;
  }
  if (!(growth > 0)) return 0;
  // A loss too small to move ln(1 + f·R) in floating point cannot ruin: treated as no loss.
  if (!losing) return null;
  // h(λ) = E[e^{−λ·ln(1+fR)}] − 1 is convex, 0 at λ = 0, negative just after and → +∞.
  let slope = 0;
  const h = (lambda: number) => {
    let sum = 0;
    let d = 0;
    for (let i = 0; i < k; i++) {
      const e = p[i] * Math.exp(-lambda * g[i]);
      sum += e;
      d -= g[i] * e;
    }
    slope = d;
    return sum - 1;
  };
  const variance = second - growth * growth;
  const guess = variance > 0 && Number.isFinite((2 * growth) / variance) ? (2 * growth) / variance : 1;
  // Bracket: h(low) < 0 ≤ h(high). Terminates: some log growth is negative, so a term
  // e^{λ·|ln(1+fR)|} eventually dominates.
  let high = guess;
  let low = 0;
  let value = h(high);
  let highSlope = slope;
  while (value < 0) {
    low = high;
    high *= 2;
    value = h(high);
    highSlope = slope;
  }
  if (low === 0) {
    low = high / 2;
    while (low > 1e-12 && h(low) >= 0) {
      high = low;
      value = h(high);
      highSlope = slope;
      low /= 2;
    }
  }
  let x = high;
  let converged = false;
  for (let i = 0; i < 200 && high - low > 1e-13 * high; i++) {
    const step = highSlope > 0 ? value / highSlope : NaN;
    let next = x - step;
    if (!(next > low && next < high) || !Number.isFinite(next)) next = (low + high) / 2;
    const at = h(next);
    if (at < 0) low = next;
    else {
      high = next;
      value = at;
      highSlope = slope;
    }
    x = high;
    if (at >= 0 && Math.abs(step) <= 1e-14 * x) {
      converged = true;
      break;
    }
  }
  return converged ? high : (low + high) / 2;
}

/** The bound x^λ on P(ever touching x·W₀); 1 when λ = 0, 0 when nothing can lose. */
export function lundbergBound(outcomes: Outcome[], f: number, x = 0.5): number | null {
  if (!(x > 0 && x < 1) || outcomes.length === 0 || !(f > 0)) return null;
  const lambda = lundbergExponent(outcomes, f);
  return lambda === null ? 0 : x ** lambda;
}
