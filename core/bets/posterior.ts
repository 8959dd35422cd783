/**
 * Beta-Binomial posterior of a group's hit rate (SPEC §6): with a Beta(a, b) prior (a = b = 1
 * uniform, or 2 "conservative") and `wins` of `n` bets, the posterior is
 * Beta(a + wins, b + n − wins); ĥ = (a + wins)/(a + b + n) and the equal-tailed credible
 * interval (default 90%: the 5% and 95% quantiles). Counts may be EWMA-weighted (fractional).
 */
import { inverseRegularizedBeta } from './beta-function';

export interface PosteriorHitRate {
  /** Prior parameter (a = b). */
  prior: number;
  wins: number;
  n: number;
  mean: number;
  lower: number;
  upper: number;
  /** Credible level, e.g. 0.9. */
  level: number;
}

export function posteriorHitRate(wins: number, n: number, prior = 1, level = 0.9): PosteriorHitRate {
  const alpha = prior + wins;
  const beta = prior + n - wins;
  const tail = (1 - level) / 2;
  return {
    prior,
    wins,
    n,
    mean: alpha / (alpha + beta),
    lower: inverseRegularizedBeta(tail, alpha, beta),
    upper: inverseRegularizedBeta(1 - tail, alpha, beta),
    level,
  };
}
