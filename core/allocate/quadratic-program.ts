/**
 * The one bridge to the `quadprog` library (Goldfarb–Idnani dual active-set method): minimize
 * ½xᵀDx − dᵀx subject to Aᵢᵀx = bᵢ (the first `equalities` rows) and Aᵢᵀx ≥ bᵢ (the rest), in
 * 0-based arrays. Returns null when the program is infeasible, D is not positive definite, or
 * the solution is not finite.
 */
import quadprog from 'quadprog';

export interface QuadraticProgram {
  D: readonly (readonly number[])[];
  d: readonly number[];
  /** Constraint rows: A[k] · x (=|≥) b[k]. */
  A: readonly (readonly number[])[];
  b: readonly number[];
  equalities: number;
}

export function solveQuadratic(qp: QuadraticProgram): number[] | null {
  const n = qp.d.length;
  const q = qp.A.length;
  const D: number[][] = [[]];
  const d: number[] = [0];
  const A: number[][] = [[]];
  const b: number[] = [0];
  for (let i = 0; i < n; i++) {
    D.push([0, ...qp.D[i]]);
    d.push(qp.d[i]);
    const col = [0];
    for (let k = 0; k < q; k++) col.push(qp.A[k][i]);
    A.push(col);
  }
  for (let k = 0; k < q; k++) b.push(qp.b[k]);
  if (q === 0) {
    // quadprog needs at least one constraint column: a vacuous one (0 ≥ −1).
    for (let i = 1; i <= n; i++) A[i].push(0);
    b.push(-1);
  }
  let result: ReturnType<typeof quadprog.solveQP>;
  try {
    result = quadprog.solveQP(D, d, A, b, qp.equalities);
  } catch {
    return null;
  }
  if (result.message !== '' || !result.solution) return null;
  const x = result.solution.slice(1, n + 1);
  return x.length === n && x.every(Number.isFinite) ? x : null;
}
