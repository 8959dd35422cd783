/**
 * Continuous Kelly (SPEC-metrics §3): f* = (μ − r) / σ², μ and σ the forecast mean and
 * standard deviation of the return per period, r the risk-free rate for the same period.
 * f* is the fraction of equity held as exposure (a leverage multiple; 88.89 means 88.89×):
 * it is almost always far above any sane cap, which the caller applies and reports.
 * null for σ ≤ 0 or non-finite input.
 */
export function continuousKelly(mu: number, sigma: number, riskFree = 0): number | null {
  if (![mu, sigma, riskFree].every(Number.isFinite) || !(sigma > 0)) return null;
  return (mu - riskFree) / (sigma * sigma);
}
