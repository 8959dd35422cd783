/**
 * Maximum Sharpe (tangency, risk-free rate 0): the homogeneous program minimize ½yᵀΣy subject to
 * μᵀy = 1, min·Σy ≤ yᵢ ≤ max·Σy (bounds of w = budget·y/Σy), by quadprog; w = budget·y/Σy.
 * When every edge (mean return) is ≤ 0 no portfolio has a positive Sharpe: the stated answer is
 * to hold cash (all weights 0).
 */
import type { Projected } from './project';
import { solveQuadratic } from './quadratic-program';
import { positiveDefinite } from './regularize';

export const NO_EDGE_MESSAGE = 'Every asset\'s mean return is ≤ 0: no mix has a positive Sharpe ratio, so the answer is to hold cash (all weights 0).';

export function maxSharpeWeights(cov: readonly (readonly number[])[], mean: readonly number[], names: readonly string[], min: number, max: number, budget: number): Projected {
  const N = cov.length;
  if (mean.every((m) => !(m > 0))) return { weights: new Array(N).fill(0), message: NO_EDGE_MESSAGE };
  const pd = positiveDefinite(cov, names);
  const lo = min / budget;
  const hi = max / budget;
  const A: number[][] = [mean.slice()];
  const b: number[] = [1];
  for (let i = 0; i < N; i++) {
    const up = new Array(N).fill(-lo);
    up[i] += 1;
    A.push(up);
    b.push(0);
    if (Number.isFinite(hi) && hi < 1) {
      const down = new Array(N).fill(hi);
      down[i] -= 1;
      A.push(down);
      b.push(0);
    }
  }
  // Σy > 0 keeps the scaling's sign.
  A.push(new Array(N).fill(1));
  b.push(1e-12);
  const y = solveQuadratic({ D: pd.matrix, d: new Array(N).fill(0), A, b, equalities: 1 });
  const total = y?.reduce((s, v) => s + v, 0) ?? 0;
  if (y === null || !(total > 0)) {
    return { weights: new Array(N).fill(0), message: `Maximum Sharpe has no solution within the bounds ${min}–${max}: holding cash (all weights 0).` };
  }
  return { weights: y.map((v) => (budget * v) / total), message: pd.message };
}
