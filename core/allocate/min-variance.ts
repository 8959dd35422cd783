/**
 * Minimum variance: minimize wᵀΣw subject to Σw = budget and min ≤ wᵢ ≤ max, by quadprog
 * (Goldfarb–Idnani). Infeasible bounds fall back to the projection of equal weight, said.
 */
import { equalWeights } from './equal-weight';
import { budgetRows, type Projected } from './project';
import { solveQuadratic } from './quadratic-program';
import { positiveDefinite } from './regularize';

export function minVarianceWeights(cov: readonly (readonly number[])[], names: readonly string[], min: number, max: number, budget: number): Projected {
  const N = cov.length;
  const pd = positiveDefinite(cov, names);
  const rows = budgetRows(N, min, max, budget);
  const w = N * max >= budget && N * min <= budget ? solveQuadratic({ D: pd.matrix, d: new Array(N).fill(0), ...rows }) : null;
  if (w === null) {
    const eq = equalWeights(N, min, max, budget);
    return { weights: eq.weights, message: `Minimum variance has no solution within the bounds ${min}–${max} and total ${budget}: ${eq.message ?? 'equal weight'} instead.` };
  }
  return { weights: w, message: pd.message };
}
