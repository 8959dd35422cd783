/**
 * The efficient frontier for the Allocate page: for targets evenly spaced from the
 * minimum-variance portfolio's mean to the largest reachable mean, minimize wᵀΣw subject to
 * μᵀw = target, Σw = budget and the bounds (quadprog). Points are annualized (mean × periods per
 * year, σ × √periods per year). Targets the bounds cannot reach are left out.
 */
import { budgetRows } from './project';
import { solveQuadratic } from './quadratic-program';
import { positiveDefinite } from './regularize';

export interface FrontierPoint {
  expectedReturn: number;
  volatility: number;
  weights: number[];
}

export function efficientFrontier(cov: readonly (readonly number[])[], mean: readonly number[], names: readonly string[], min: number, max: number, budget: number, periodsPerYear: number, points = 20): FrontierPoint[] {
  const N = cov.length;
  if (N === 0) return [];
  const D = positiveDefinite(cov, names).matrix;
  const rows = budgetRows(N, min, max, budget);
  const point = (w: number[]): FrontierPoint => {
    let m = 0;
    let v = 0;
    for (let i = 0; i < N; i++) {
      m += mean[i] * w[i];
      for (let j = 0; j < N; j++) v += w[i] * cov[i][j] * w[j];
    }
    return { expectedReturn: m * periodsPerYear, volatility: Math.sqrt(Math.max(0, v) * periodsPerYear), weights: w };
  };
  const minVar = solveQuadratic({ D, d: new Array(N).fill(0), ...rows });
  if (minVar === null) return [];
  const start = mean.reduce((s, m, i) => s + m * minVar[i], 0);
  // The largest mean within the bounds: fill the best assets up to max, in order.
  const order = mean.map((_, i) => i).sort((a, b) => mean[b] - mean[a]);
  const top = new Array(N).fill(min);
  let left = budget - N * min;
  for (const i of order) {
    const add = Math.min(left, (Number.isFinite(max) ? max : budget) - min);
    top[i] += add;
    left -= add;
  }
  const end = mean.reduce((s, m, i) => s + m * top[i], 0);
  const out: FrontierPoint[] = [];
  for (let k = 0; k < points; k++) {
    const target = points === 1 || end <= start ? start : start + ((end - start) * k) / (points - 1);
    const w = k === 0 ? minVar : solveQuadratic({ D, d: new Array(N).fill(0), A: [mean.slice(), ...rows.A], b: [target, ...rows.b], equalities: 2 });
    if (w !== null) out.push(point(w));
    if (end <= start) break;
  }
  return out;
}
