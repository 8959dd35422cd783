/**
 * The weight grid (issue 13): every long-only, fully invested weight vector whose weights are
 * multiples of the step g (1/g must be a whole number): for two legs with g = 0.05, 21 buckets
 * w₂ ∈ {0, 0.05, …, 1}, w₁ = 1 − w₂. Bucket b of N legs: the compositions of 1/g into N parts in
 * order of the last leg's weight first.
 */
import { LEARN_BOUNDS } from './types';

export type GridResult = { ok: true; buckets: number[][] } | { ok: false; message: string };

export function weightGrid(legs: number, step: number): GridResult {
  const m = Math.round(1 / step);
  if (!(step > 0) || Math.abs(m * step - 1) > 1e-9) return { ok: false, message: `The grid step ${step} does not divide 1 into whole steps (use e.g. 0.05, 0.1, 0.25).` };
  const buckets: number[][] = [];
  const current = new Array<number>(legs).fill(0);
  const fill = (leg: number, left: number) => {
    if (buckets.length > LEARN_BOUNDS.maxBuckets) return;
    if (leg === 0) {
      current[0] = left / m;
      buckets.push(current.slice());
      return;
    }
    for (let j = 0; j <= left; j++) {
      current[leg] = j / m;
      fill(leg - 1, left - j);
    }
  };
  fill(legs - 1, m);
  if (buckets.length > LEARN_BOUNDS.maxBuckets) return { ok: false, message: `A grid step of ${step} over ${legs} legs gives more than ${LEARN_BOUNDS.maxBuckets} weight buckets; use a coarser step.` };
  return { ok: true, buckets };
}

/** Turnover Σ|aᵢ − bᵢ|. */
export function turnover(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s;
}
