/**
 * Student's t distribution with ν degrees of freedom (ν > 0, not necessarily whole: Welch's
 * test gives fractional ν), through the incomplete beta: for t ≥ 0,
 * P(T ≥ t) = ½ · I_{ν/(ν + t²)}(ν/2, ½), and P(T ≥ −t) = 1 − P(T ≥ t). Computed on the tail
 * side, so small p-values keep their relative precision.
 */
import { regularizedBeta } from './beta-function';

/** P(T ≥ t), the upper tail (one-sided p-value of a statistic t). NaN for ν ≤ 0. */
export function studentTUpperTail(t: number, nu: number): number {
  if (!(nu > 0) || Number.isNaN(t)) return Number.NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const tail = 0.5 * regularizedBeta(nu / (nu + t * t), nu / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/** P(T ≤ t). */
export function studentTCdf(t: number, nu: number): number {
  return 1 - studentTUpperTail(t, nu);
}
