/**
 * Gaussian multi-asset Kelly (SPEC-metrics §3 "Multi-strategy Kelly"): f* = Σ⁻¹μ (risk-free rate
 * 0), the maximizer of μᵀf − ½fᵀΣf; with bounds min ≤ fᵢ ≤ max and Σf ≤ ceiling the same
 * quadratic is maximized under them by quadprog (it equals Σ⁻¹μ whenever that is inside). Then
 * × the Kelly fraction. All edges ≤ 0 with long-only bounds: 0 (cash), said.
 */
import { boundRows, type Projected } from './project';
import { solveQuadratic } from './quadratic-program';
import { positiveDefinite } from './regularize';

export function gaussianKellyWeights(cov: readonly (readonly number[])[], mean: readonly number[], names: readonly string[], min: number, max: number, ceiling: number, fraction: number): Projected & { full: number[] } {
  const N = cov.length;
  if (min >= 0 && mean.every((m) => !(m > 0))) return { weights: new Array(N).fill(min), full: new Array(N).fill(min), message: 'Every asset\'s mean return is ≤ 0: Kelly bets nothing (cash).' };
  const pd = positiveDefinite(cov, names);
  // Σw ≤ ceiling (as −Σw ≥ −ceiling), then the per-asset bounds.
  const bounds = boundRows(N, min, max);
  const A: number[][] = [new Array(N).fill(-1), ...bounds.A];
  const b: number[] = [-ceiling, ...bounds.b];
  const full = solveQuadratic({ D: pd.matrix, d: mean.slice(), A, b, equalities: 0 });
  if (full === null) return { weights: new Array(N).fill(0), full: new Array(N).fill(0), message: `Gaussian Kelly has no solution within the bounds ${min}–${max} and total ${ceiling}: cash (all weights 0).` };
  const weights = full.map((f) => Math.max(min, f * fraction));
  return { weights, full, message: pd.message };
}
