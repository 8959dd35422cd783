/**
 * Maximizes the mean log growth g(x) = mean over T periods of ln(1 + aₜᵀx) subject to
 * lo ≤ x ≤ hi and linear constraints Gx ≤ h — the exact growth-optimal Kelly (x = weights,
 * aₜ = returns, one row Σx ≤ ceiling) and the margin-feasible Kelly (x = contracts, aₜ = P/L per
 * contract ÷ capital, one row per opening moment). Written by hand: no maintained JS library
 * solves this non-quadratic concave program. A primal log-barrier interior-point method (Boyd &
 * Vandenberghe §11.3): minimize −g(x) − Σ ln(slacks) ÷ s by damped Newton steps (Cholesky from
 * ml-matrix, feasibility-preserving backtracking), s from 1,000, ×50 per outer round until the duality gap
 * (constraints ÷ s) is below 1e-11 (mean log growth per period; weights to about 1e-8 on the test cases). Periods where every aₜ is 0 add ln 1 = 0 and are
 * skipped; identical constraint rows are merged. An infinite upper bound is replaced by a far
 * bound (FAR_BOUND) so an edge no constraint stops is reported as unbounded instead of diverging.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';

export const FAR_BOUND = 1e6;

export interface GrowthProblem {
  /** columns[i][t]: aₜ,ᵢ. */
  columns: readonly ArrayLike<number>[];
  /** Number of periods the mean is over (≥ the columns' length when trailing zeros are implied). */
  periods: number;
  lo: readonly number[];
  hi: readonly number[];
  /** Rows of G and the bound h (Gx ≤ h). */
  G: readonly ArrayLike<number>[];
  h: readonly number[];
}

export interface GrowthSolution {
  x: number[];
  growth: number;
  iterations: number;
  /** Indices of variables that ended at the far bound (unbounded edge). */
  unbounded: number[];
  /** Null when solved; else why not (infeasible bounds). */
  failure: string | null;
}

/** Mean of ln(1 + aₜᵀx) over `periods`; null when some period loses everything (1 + aₜᵀx ≤ 0). */
export function meanLogGrowth(columns: readonly ArrayLike<number>[], x: readonly number[], periods: number, from = 0, to = columns[0]?.length ?? 0): number | null {
  let sum = 0;
  for (let t = from; t < to; t++) {
    let u = 1;
    for (let i = 0; i < columns.length; i++) u += columns[i][t] * x[i];
    if (!(u > 0)) return null;
    sum += Math.log(u);
  }
  return periods > 0 ? sum / periods : 0;
}

export function maximizeLogGrowth(problem: GrowthProblem): GrowthSolution {
  const N = problem.columns.length;
  const lo = problem.lo.slice();
  const hi = problem.hi.map((v) => (Number.isFinite(v) ? v : FAR_BOUND));
  for (let i = 0; i < N; i++) if (!(hi[i] >= lo[i])) return { x: lo, growth: 0, iterations: 0, unbounded: [], failure: `the minimum of variable ${i + 1} (${lo[i]}) is above its maximum (${hi[i]})` };
  // Dense day rows (periods with any nonzero value) and distinct constraint rows.
  const days: Float64Array[] = [];
  const T = problem.columns[0]?.length ?? 0;
  for (let t = 0; t < T; t++) {
    let any = false;
    for (let i = 0; i < N; i++) if (problem.columns[i][t] !== 0) any = true;
    if (!any) continue;
    const row = new Float64Array(N);
    for (let i = 0; i < N; i++) row[i] = problem.columns[i][t];
    days.push(row);
  }
  const seen = new Map<string, number>();
  const G: Float64Array[] = [];
  const h: number[] = [];
  for (let k = 0; k < problem.G.length; k++) {
    const row = Float64Array.from(problem.G[k]);
    if (row.every((v) => v === 0)) {
      if (problem.h[k] < 0) return { x: lo, growth: 0, iterations: 0, unbounded: [], failure: 'a constraint 0 ≤ h with h < 0 cannot hold' };
      continue;
    }
    const key = row.join(',');
    const prev = seen.get(key);
    if (prev !== undefined) h[prev] = Math.min(h[prev], problem.h[k]);
    else {
      seen.set(key, G.length);
      G.push(row);
      h.push(problem.h[k]);
    }
  }
  const free = lo.map((l, i) => hi[i] - l > 1e-12);
  const dot = (r: ArrayLike<number>, x: readonly number[]) => {
    let s = 0;
    for (let i = 0; i < N; i++) s += r[i] * x[i];
    return s;
  };
  // Strictly feasible start: lo plus a shrinking step into the box.
  for (let k = 0; k < G.length; k++) if (dot(G[k], lo) >= h[k]) return { x: lo, growth: meanLogGrowth(problem.columns, lo, problem.periods) ?? 0, iterations: 0, unbounded: [], failure: 'the minimums alone already reach a constraint (no room to grow)' };
  for (const a of days) if (1 + dot(a, lo) <= 0) return { x: lo, growth: 0, iterations: 0, unbounded: [], failure: 'the minimums alone lose everything on some period' };
  let x = lo.slice();
  const direction = lo.map((l, i) => (free[i] ? Math.min(1, (hi[i] - l) / 2) : 0));
  for (let theta = 1, tries = 0; tries < 80; theta /= 2, tries++) {
    const y = lo.map((l, i) => l + theta * direction[i]);
    if (G.every((r, k) => dot(r, y) < h[k] - 1e-3 * (h[k] - dot(r, lo))) && days.every((a) => 1 + dot(a, y) > 1e-3)) {
      x = y;
      break;
    }
  }
  const nFree = free.filter(Boolean).length;
  if (nFree === 0) return { x, growth: meanLogGrowth(problem.columns, x, problem.periods) ?? 0, iterations: 0, unbounded: [], failure: null };
  const P = problem.periods;
  const objective = (y: number[], s: number): number => {
    let f = 0;
    let b = 0;
    for (const a of days) f -= Math.log(1 + dot(a, y));
    for (let k = 0; k < G.length; k++) b -= Math.log(h[k] - dot(G[k], y));
    for (let i = 0; i < N; i++) if (free[i]) b -= Math.log(y[i] - lo[i]) + Math.log(hi[i] - y[i]);
    return f / P + b / s;
  };
  const m = G.length + 2 * nFree;
  let s = 1e3;
  let iterations = 0;
  const grad = new Float64Array(N);
  const H = new Float64Array(N * N);
  for (let outer = 0; outer < 60; outer++) {
    for (let inner = 0; inner < 50; inner++) {
      iterations++;
      grad.fill(0);
      H.fill(0);
      const addOuter = (r: ArrayLike<number>, g: number, c: number) => {
        for (let i = 0; i < N; i++) {
          if (r[i] === 0) continue;
          grad[i] += g * r[i];
          const ri = c * r[i];
          for (let j = i; j < N; j++) H[i * N + j] += ri * r[j];
        }
      };
      for (const a of days) {
        const u = 1 + dot(a, x);
        addOuter(a, -1 / (P * u), 1 / (P * u * u));
      }
      for (let k = 0; k < G.length; k++) {
        const slack = h[k] - dot(G[k], x);
        addOuter(G[k], 1 / (s * slack), 1 / (s * slack * slack));
      }
      for (let i = 0; i < N; i++) {
        if (!free[i]) {
          grad[i] = 0;
          continue;
        }
        const a = x[i] - lo[i];
        const b = hi[i] - x[i];
        grad[i] += (-1 / a + 1 / b) / s;
        H[i * N + i] += (1 / (a * a) + 1 / (b * b)) / s;
      }
      const Hm = new Matrix(N, N);
      for (let i = 0; i < N; i++) {
        for (let j = i; j < N; j++) {
          const v = free[i] && free[j] ? H[i * N + j] : i === j ? 1 : 0;
          Hm.set(i, j, v);
          Hm.set(j, i, v);
        }
      }
      const chol = new CholeskyDecomposition(Hm);
      if (!chol.isPositiveDefinite()) break;
      const step = chol.solve(Matrix.columnVector(Array.from(grad, (g) => -g))).to1DArray();
      const f0 = objective(x, s);
      let decrement = 0;
      for (let i = 0; i < N; i++) decrement -= grad[i] * step[i];
      if (decrement / 2 < 1e-15 * Math.max(1e-3, Math.abs(f0))) break;
      // Line search along the step: u and the slacks move linearly, O(T + K) per trial.
      const D = days.length;
      const u0 = new Float64Array(D);
      const du = new Float64Array(D);
      for (let t = 0; t < D; t++) {
        u0[t] = 1 + dot(days[t], x);
        du[t] = dot(days[t], step);
      }
      const s0 = new Float64Array(G.length);
      const ds = new Float64Array(G.length);
      for (let k = 0; k < G.length; k++) {
        s0[k] = h[k] - dot(G[k], x);
        ds[k] = -dot(G[k], step);
      }
      const trial = (alpha: number): number => {
        let f = 0;
        let b = 0;
        for (let t = 0; t < D; t++) {
          const u = u0[t] + alpha * du[t];
          if (!(u > 0)) return Infinity;
          f -= Math.log(u);
        }
        for (let k = 0; k < G.length; k++) {
          const v = s0[k] + alpha * ds[k];
          if (!(v > 0)) return Infinity;
          b -= Math.log(v);
        }
        for (let i = 0; i < N; i++) {
          if (!free[i]) continue;
          const y = x[i] + alpha * step[i];
          if (!(y > lo[i] && y < hi[i])) return Infinity;
          b -= Math.log(y - lo[i]) + Math.log(hi[i] - y);
        }
        return f / P + b / s;
      };
      let alpha = 1;
      while (alpha > 1e-14 && !(trial(alpha) <= f0 - 0.25 * alpha * decrement)) alpha *= 0.5;
      if (alpha <= 1e-14) break;
      x = x.map((v, i) => v + alpha * step[i]);
    }
    if (m / s < 1e-11) break;
    s *= 50;
  }
  // The barrier keeps x strictly inside: a bound within 1e-9 of the scale is the bound.
  const scale = 1 + Math.max(...x.map(Math.abs));
  x = x.map((v, i) => (v - lo[i] < 1e-9 * scale ? lo[i] : hi[i] - v < 1e-9 * scale ? hi[i] : v));
  const unbounded = x.flatMap((v, i) => (!Number.isFinite(problem.hi[i]) && v > FAR_BOUND * 0.99 ? [i] : []));
  return { x, growth: meanLogGrowth(problem.columns, x, problem.periods) ?? 0, iterations, unbounded, failure: null };
}
