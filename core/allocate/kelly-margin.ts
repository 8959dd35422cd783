/**
 * Margin-feasible Kelly on trade logs (SPEC-metrics §6, issue 19 `kelly-margin`): contracts per
 * trade nᵢ for each strategy maximizing the mean over the calendar's periods of
 * ln(1 + Σᵢ nᵢ·pᵢₜ / C) (pᵢₜ: P/L per contract of strategy i's trades closing in period t) subject
 * to Σᵢ nᵢ·mᵢ(τ) ≤ ceiling·C at every historical opening moment τ inside the window, with mᵢ(τ)
 * from the one time-aware margin timeline of SPEC §3 (`core/margin`), and min/max contracts.
 * Solved by the interior-point method of `log-growth.ts` with cutting planes (only the moments
 * that bind or are violated are handed to it; every moment is checked); then the Kelly fraction, then whole
 * contracts (floor) and the growth the rounding costs; the moments where the full-Kelly contracts
 * put the margin at the ceiling are reported.
 */
import { momentLabel, type MarginTimeline } from '../margin';
import { maximizeLogGrowth, meanLogGrowth } from './log-growth';
import type { BindingMoment, KellyMarginDetail } from './types';

export interface KellyMarginProblem {
  /** Per strategy, per period: P/L per contract of the trades closing. */
  plPerContract: readonly ArrayLike<number>[];
  from: number;
  to: number;
  timeline: MarginTimeline;
  /** timeline strategy index of each column. */
  timelineIndex: readonly number[];
  /** Moments [momentFrom, momentTo) of the timeline inside the period */
  momentFrom: number;
  momentTo: number;
  capital: number;
  ceiling: number;
  fraction: number;
  minContracts: number;
  maxContracts: number;
  names: readonly string[];
}

export interface KellyMarginOutcome extends KellyMarginDetail {
  messages: string[];
  /** Margin share of each strategy at its own busiest moment: nᵢ · max_τ mᵢ(τ) / C. */
  weights: number[];
  /** The columns the metrics use (P/L per contract ÷ C) over the period */
  columns: Float64Array[];
}

const BINDING_TOLERANCE = 1e-6;

export function kellyMargin(problem: KellyMarginProblem): KellyMarginOutcome {
  const { timeline, capital: C, ceiling } = problem;
  const N = problem.plPerContract.length;
  const S = timeline.strategies.length;
  const T = problem.to - problem.from;
  const columns = problem.plPerContract.map((col) => {
    const c = new Float64Array(T);
    for (let t = 0; t < T; t++) c[t] = col[problem.from + t] / C;
    return c;
  });
  const rows: Float64Array[] = [];
  const momentOfRow: number[] = [];
  const peakPer = new Array(N).fill(0);
  for (let k = problem.momentFrom; k < problem.momentTo; k++) {
    const row = new Float64Array(N);
    let any = false;
    for (let i = 0; i < N; i++) {
      const m = timeline.perContract[k * S + problem.timelineIndex[i]];
      row[i] = m / C;
      if (m > 0) any = true;
      peakPer[i] = Math.max(peakPer[i], m);
    }
    if (any) {
      rows.push(row);
      momentOfRow.push(k);
    }
  }
  const lo = new Array(N).fill(problem.minContracts);
  const hi = new Array(N).fill(problem.maxContracts);
  // Cutting planes: solve with the rows that bind most often (each strategy's largest margin and
  // the largest total), then add the rows the solution violates, until none is violated. The
  // answer satisfies every opening moment; only the solver sees fewer rows.
  const active = new Set<number>();
  for (let i = 0; i < N; i++) {
    let best = -1;
    for (let k = 0; k < rows.length; k++) if (rows[k][i] > 0 && (best < 0 || rows[k][i] > rows[best][i])) best = k;
    if (best >= 0) active.add(best);
  }
  let biggest = -1;
  let biggestSum = -1;
  for (let k = 0; k < rows.length; k++) {
    const sum = rows[k].reduce((a, b) => a + b, 0);
    if (sum > biggestSum) [biggest, biggestSum] = [k, sum];
  }
  if (biggest >= 0) active.add(biggest);
  let solved = maximizeLogGrowth({ columns, periods: T, lo, hi, G: [...active].map((k) => rows[k]), h: [...active].map(() => ceiling) });
  let iterations = solved.iterations;
  for (let round = 0; round < 50 && solved.failure === null; round++) {
    const violated: { k: number; by: number }[] = [];
    for (let k = 0; k < rows.length; k++) {
      if (active.has(k)) continue;
      let u = 0;
      for (let i = 0; i < N; i++) u += rows[k][i] * solved.x[i];
      if (u > ceiling * (1 + 1e-12)) violated.push({ k, by: u });
    }
    if (violated.length === 0) break;
    violated.sort((a, b) => b.by - a.by);
    for (const v of violated.slice(0, 2 * N)) active.add(v.k);
    solved = maximizeLogGrowth({ columns, periods: T, lo, hi, G: [...active].map((k) => rows[k]), h: [...active].map(() => ceiling) });
    iterations += solved.iterations;
  }
  const messages: string[] = [];
  if (solved.failure) messages.push(`Margin-feasible Kelly: ${solved.failure}; contracts at the minimums.`);
  if (solved.unbounded.length > 0) messages.push(`${solved.unbounded.map((i) => problem.names[i]).join(', ')}: no loss and no margin on the calendar, so growth keeps rising with size; capped at the far bound — set --max-contracts.`);
  if (timeline.level !== 'time') messages.push(timeline.level === 'day' ? 'The log has no trade times: margin is measured by day (every position open on a date counts as open together).' : `${timeline.datedOnly} trades without times count from the start of the open day to the end of the close day.`);
  if (timeline.withoutMargin > 0) messages.push(`${timeline.withoutMargin} trade${timeline.withoutMargin === 1 ? '' : 's'} without a margin count as 0 margin.`);
  const full = solved.x;
  const contracts = full.map((n) => Math.max(problem.minContracts, n * problem.fraction));
  const wholeContracts = contracts.map((n) => Math.floor(n + 1e-9));
  const use = (x: readonly number[], k: number) => {
    let s = 0;
    for (let i = 0; i < N; i++) s += x[i] * rows[k][i];
    return s;
  };
  let peak = 0;
  let wholePeak = 0;
  const binding: BindingMoment[] = [];
  for (let k = 0; k < rows.length; k++) {
    peak = Math.max(peak, use(contracts, k));
    wholePeak = Math.max(wholePeak, use(wholeContracts, k));
    const u = use(full, k);
    if (u >= ceiling * (1 - BINDING_TOLERANCE)) binding.push({ ...momentLabel(timeline, momentOfRow[k]), utilisation: u });
  }
  const growth = meanLogGrowth(columns, contracts, T) ?? 0;
  const wholeGrowth = meanLogGrowth(columns, wholeContracts, T) ?? 0;
  return {
    fullContracts: full,
    contracts,
    wholeContracts,
    growth,
    wholeGrowth,
    roundingCost: growth - wholeGrowth,
    peakMarginUtilisation: peak,
    wholePeakMarginUtilisation: wholePeak,
    binding,
    moments: rows.length,
    level: timeline.level,
    iterations,
    messages,
    weights: contracts.map((n, i) => (n * peakPer[i]) / C),
    columns,
  };
}
