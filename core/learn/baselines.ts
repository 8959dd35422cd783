/**
 * Baselines of the learned allocator (issue 13 "Acceptance gates"), on the same out-of-sample
 * days and costs as the model: each leg alone, equal weights ("50/50" for two legs, "equal
 * weight" for more), and the best static weight chosen in-sample — per outer fold, the grid
 * bucket with the best validation score (annualized log growth ÷ max(max drawdown, 1%)) on the
 * fold's training days, held through its out-of-sample block (turnover cost charged when the
 * choice changes between folds). Constant baselines start in their weights (no entry cost).
 */
import type { LearnPrepared, OuterFoldResult } from './protocol';
import { validationScore } from './protocol';
import { netReturns } from './path';

export interface BaselinePath {
  name: string;
  weights: number[][];
  start: number[];
}

export function equalName(legs: number): string {
  return legs === 2 ? '50/50' : 'equal weight';
}

export const BEST_STATIC = 'best static (in-sample)';

export function baselinePaths(p: LearnPrepared, folds: readonly OuterFoldResult[]): BaselinePath[] {
  const N = p.legs.names.length;
  const days = folds.reduce((s, f) => s + (f.to - f.from), 0);
  const constant = (w: number[]) => ({ weights: Array.from({ length: days }, () => w), start: w });
  const out: BaselinePath[] = p.legs.names.map((name, i) => ({ name, ...constant(Array.from({ length: N }, (_, j) => (i === j ? 1 : 0))) }));
  out.push({ name: equalName(N), ...constant(new Array<number>(N).fill(1 / N)) });
  const weights: number[][] = [];
  let start: number[] | null = null;
  for (const f of folds) {
    let best = 0;
    let bestScore = -Infinity;
    for (let b = 0; b < p.buckets.length; b++) {
      const w = p.buckets[b];
      const held = Array.from({ length: f.trainTo - f.trainFrom }, () => w);
      const score = validationScore(netReturns(p.legs.returns, p.features.first + f.trainFrom, held, w, p.options.costBps).returns) ?? -Infinity;
      if (score > bestScore) {
        bestScore = score;
        best = b;
      }
    }
    start ??= p.buckets[best];
    for (let t = f.from; t < f.to; t++) weights.push(p.buckets[best]);
  }
  out.push({ name: BEST_STATIC, weights, start: start ?? new Array<number>(N).fill(1 / N) });
  return out;
}
