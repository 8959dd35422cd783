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

/** λ for fraction f; 0 when growth is not positive, null when no outcome loses. */
export function lundbergExponent(outcomes: Outcome[], f: number): number | null {
  if (outcomes.length === 0 || !(f > 0) || !Number.isFinite(f)) return null;
  if (!outcomes.some((o) => o.value < 0 && o.probability > 0)) return null;
  if (outcomes.some((o) => o.probability > 0 && !(1 + f * o.value > 0))) return 0;
  const logs = outcomes.map((o) => ({ logGrowth: Math.log(1 + f * o.value), probability: o.probability }));
  const growth = logs.reduce((s, o) => s + o.probability * o.logGrowth, 0);
  if (!(growth > 0)) return 0;
  // A loss too small to move ln(1 + f·R) in floating point cannot ruin: treated as no loss.
  if (!logs.some((o) => o.logGrowth < 0 && o.probability > 0)) return null;
  // h(λ) = E[e^{−λ·ln(1+fR)}] − 1 is convex, 0 at λ = 0, negative just after and → +∞.
  const h = (lambda: number) => logs.reduce((s, o) => s + o.probability * Math.exp(-lambda * o.logGrowth), 0) - 1;
  // Terminates: some log growth is negative, so a term e^{λ·|ln(1+fR)|} eventually dominates.
  let high = 1;
  while (h(high) < 0) high *= 2;
  let low = high / 2;
  while (low > 1e-12 && h(low) >= 0) low /= 2;
  for (let i = 0; i < 200 && high - low > 1e-13 * high; i++) {
    const mid = (low + high) / 2;
    if (h(mid) < 0) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The bound x^λ on P(ever touching x·W₀); 1 when λ = 0, 0 when nothing can lose. */
export function lundbergBound(outcomes: Outcome[], f: number, x = 0.5): number | null {
  if (!(x > 0 && x < 1) || outcomes.length === 0 || !(f > 0)) return null;
  const lambda = lundbergExponent(outcomes, f);
  return lambda === null ? 0 : x ** lambda;
}
