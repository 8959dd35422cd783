/**
 * Thorp's continuous-time drawdown probability (SPEC-metrics §4): betting the fraction
 * c·f* (c = multiple of full Kelly), the probability that wealth EVER falls to x·W₀ is
 * x^(2/c − 1). Full Kelly, halving → 0.5; half Kelly → 0.125. At c ≥ 2 growth is not
 * positive and the touch is certain (1); at c = 0 it never happens (0).
 */

/** P(wealth ever touches x·W₀) for 0 < x < 1 at Kelly multiple c ≥ 0; null for invalid input. */
export function thorpRuin(x: number, c: number): number | null {
  if (!(x > 0 && x < 1) || !(c >= 0) || !Number.isFinite(c)) return null;
  if (c === 0) return 0;
  if (c >= 2) return 1;
  return x ** (2 / c - 1);
}
