/**
 * Fitting weights into the constraints (issue 19 "Constraints"): the Euclidean projection onto
 * {min ≤ wᵢ ≤ max, Σw = budget} — wᵢ = clamp(vᵢ − λ, min, max) with λ found by bisection — used
 * by the fully invested methods after their unconstrained rule (equal, inverse-vol, risk-parity).
 * When the box cannot reach the budget (N·max < budget or N·min > budget) the nearest sum is
 * taken and the message says so.
 */

export interface Projected {
  weights: number[];
  message: string | null;
}

export function projectToBudget(v: readonly number[], min: number, max: number, budget: number): Projected {
  const N = v.length;
  if (N === 0) return { weights: [], message: null };
  if (N * max < budget - 1e-12) return { weights: v.map(() => max), message: `The maximum weight ${max} × ${N} assets is below the total ${budget}: every asset at its maximum, ${(budget - N * max).toFixed(4)} left in cash.` };
  if (N * min > budget + 1e-12) return { weights: v.map(() => min), message: `The minimum weight ${min} × ${N} assets is above the total ${budget}: every asset at its minimum.` };
  const sumAt = (lambda: number) => v.reduce((s, x) => s + Math.min(max, Math.max(min, x - lambda)), 0);
  let lo = Math.min(...v) - max - 1;
  let hi = Math.max(...v) - min + 1;
  for (let k = 0; k < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(hi)); k++) {
    const mid = (lo + hi) / 2;
    if (sumAt(mid) > budget) lo = mid;
    else hi = mid;
  }
  const lambda = (lo + hi) / 2;
  const weights = v.map((x) => Math.min(max, Math.max(min, x - lambda)));
  const changed = weights.some((w, i) => Math.abs(w - v[i]) > 1e-9);
  return { weights, message: changed ? `Weights adjusted to the bounds ${min}–${max} and total ${budget}.` : null };
}

/** The per-asset bound rows of a QP: w ≥ min, and −w ≥ −max when max is finite. */
export function boundRows(N: number, min: number, max: number): { A: number[][]; b: number[] } {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < N; i++) {
    const up = new Array(N).fill(0);
    up[i] = 1;
    A.push(up);
    b.push(min);
    if (Number.isFinite(max)) {
      const down = new Array(N).fill(0);
      down[i] = -1;
      A.push(down);
      b.push(-max);
    }
  }
  return { A, b };
}

/** The constraint rows shared by the QP methods: Σw = budget (equality), w ≥ min, −w ≥ −max. */
export function budgetRows(N: number, min: number, max: number, budget: number): { A: number[][]; b: number[]; equalities: number } {
  const bounds = boundRows(N, min, max);
  return { A: [new Array(N).fill(1), ...bounds.A], b: [budget, ...bounds.b], equalities: 1 };
}
