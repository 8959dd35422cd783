/**
 * One-sided Welch t-test of "the mean of `x` is larger than the mean of `y`" (unequal
 * variances): t = (x̄ − ȳ) / √(s²ₓ/nₓ + s²ᵧ/nᵧ), sample variances with n − 1, degrees of
 * freedom by Welch–Satterthwaite ν = (s²ₓ/nₓ + s²ᵧ/nᵧ)² / ((s²ₓ/nₓ)²/(nₓ − 1) + (s²ᵧ/nᵧ)²/(nᵧ − 1)),
 * p = P(T_ν ≥ t). null when a sample has fewer than 2 values or both variances are 0 (no
 * test is possible: the reason is the caller's to state).
 */
import { studentTUpperTail } from './student-t';

export interface WelchResult {
  meanX: number;
  meanY: number;
  nX: number;
  nY: number;
  t: number;
  df: number;
  /** One-sided p-value of mean(x) > mean(y). */
  pValue: number;
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return { mean, variance: squares / (values.length - 1) };
}

export function welchGreater(x: readonly number[], y: readonly number[]): WelchResult | null {
  if (x.length < 2 || y.length < 2) return null;
  const a = meanAndVariance(x);
  const b = meanAndVariance(y);
  const vx = a.variance / x.length;
  const vy = b.variance / y.length;
  const se2 = vx + vy;
  if (!(se2 > 0)) return null;
  const t = (a.mean - b.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((vx * vx) / (x.length - 1) + (vy * vy) / (y.length - 1));
  return { meanX: a.mean, meanY: b.mean, nX: x.length, nY: y.length, t, df, pValue: studentTUpperTail(t, df) };
}
