/**
 * Correlation matrix of the allocation's columns (issue 19 "Correlation"): Pearson, Spearman
 * (Pearson of average ranks) or Kendall τ-b, on P/L or returns over every period of the shared
 * calendar (0 on days without closes). Each pair carries its number of shared active days; a
 * pair with fewer than MIN_SHARED_DAYS is greyed with the reason, and a constant column has no
 * correlation (null with the reason), never NaN.
 */
import type { AllocationCalendar } from './calendar';

export const CORRELATION_METHODS = ['pearson', 'spearman', 'kendall'] as const;
export type CorrelationMethod = (typeof CORRELATION_METHODS)[number];
export type CorrelationBasis = 'pl' | 'returns';
export const MIN_SHARED_DAYS = 30;

export interface CorrelationResult {
  method: CorrelationMethod;
  basis: CorrelationBasis;
  names: string[];
  matrix: (number | null)[][];
  sharedDays: number[][];
  /** Per pair: why the value is greyed or missing; null when it stands. */
  notes: (string | null)[][];
}

export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx <= 0 || syy <= 0) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null;
}

/** Average ranks (1-based), ties share their mean rank. */
export function ranks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]] === x[order[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]] = r;
    i = j + 1;
  }
  return out;
}

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  return pearson(ranks(x), ranks(y));
}

/** Kendall τ-b (ties in either variable corrected), O(n²). */
export function kendall(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  let concordant = 0;
  let discordant = 0;
  let tieX = 0;
  let tieY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tieX++;
      else if (dy === 0) tieY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denom = Math.sqrt((concordant + discordant + tieX) * (concordant + discordant + tieY));
  if (!(denom > 0)) return null;
  return (concordant - discordant) / denom;
}

export function correlationMatrix(calendar: AllocationCalendar, names: string[], method: CorrelationMethod, basis: CorrelationBasis): CorrelationResult {
  const data = basis === 'pl' ? calendar.pl : calendar.returns;
  const N = names.length;
  const f = method === 'pearson' ? pearson : method === 'spearman' ? spearman : kendall;
  const matrix: (number | null)[][] = [];
  const sharedDays: number[][] = [];
  const notes: (string | null)[][] = [];
  const unit = calendar.period === 'daily' ? 'days' : calendar.period === 'weekly' ? 'weeks' : 'months';
  for (let i = 0; i < N; i++) {
    matrix.push(new Array(N).fill(null));
    sharedDays.push(new Array(N).fill(0));
    notes.push(new Array(N).fill(null));
  }
  for (let i = 0; i < N; i++) {
    for (let j = i; j < N; j++) {
      let shared = 0;
      for (let k = 0; k < calendar.dates.length; k++) shared += calendar.active[i][k] & calendar.active[j][k];
      const value = calendar.dates.length < 2 ? null : i === j ? (f(data[i], data[i]) === null ? null : 1) : f(data[i], data[j]);
      let note: string | null = null;
      if (value === null) note = calendar.dates.length < 2 ? 'Fewer than two periods in the shared calendar.' : `No correlation: ${names[i]}${i === j ? '' : ` or ${names[j]}`} is constant over the calendar.`;
      else if (i !== j && shared < MIN_SHARED_DAYS) note = `Only ${shared} shared active ${unit} (fewer than ${MIN_SHARED_DAYS}): the value mostly measures days when one of them did nothing.`;
      matrix[i][j] = matrix[j][i] = value;
      sharedDays[i][j] = sharedDays[j][i] = shared;
      notes[i][j] = notes[j][i] = note;
    }
  }
  return { method, basis, names, matrix, sharedDays, notes };
}
