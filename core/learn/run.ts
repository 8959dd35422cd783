/**
 * A learned-allocator run end to end (issue 13): prepare (legs → features, grid, labels, outer
 * folds), each outer fold (protocol.ts; independent, so workers may run them in parallel), then
 * finish: the raw out-of-sample buckets of all folds are smoothed and capped in one continuous
 * path (from equal weights the day before the first out-of-sample day), the net path and the
 * baselines measured, fold figures, feature-importance stability, gates and verdict.
 */
import { acceptanceGates } from './gates';
import { BEST_STATIC, baselinePaths, equalName } from './baselines';
import type { LearnLegs } from './legs';
import { netReturns, pathFigures, stretch } from './path';
import { smoothPath } from './policy';
import { learnTrials, prepareLearn, runOuterFold, fitsPerOuterFold, type LearnModelJson, type LearnPrepared, type OuterFoldResult } from './protocol';
import type { Gate, LearnFold, LearnOptions, PathFigures } from './types';

export interface ImportanceStability {
  feature: string;
  /** Mean, smallest and largest share of the GBDT's split gain across the outer folds. */
  mean: number;
  min: number;
  max: number;
  /** Outer folds in which the feature is among the five most important. */
  topFiveFolds: number;
}

export interface LearnResult {
  legs: string[];
  bases: string[];
  options: LearnOptions;
  verdict: 'accepted' | 'rejected';
  reasons: string[];
  oos: PathFigures & { from: string; to: string; days: number };
  baselines: { name: string; figures: PathFigures; curve: number[] }[];
  gates: Gate[];
  folds: LearnFold[];
  /** Out-of-sample dates and, per day, the weights in force (after smoothing and the cap) and the model's equity. */
  dates: string[];
  weights: number[][];
  equity: number[];
  importance: ImportanceStability[];
  dataset: { sharedFrom: string; sharedTo: string; sharedDays: number; firstRow: string; rows: number; labelledRows: number; features: string[]; buckets: number[][] };
  /** The configuration the last outer fold chose, and its model (JSON). */
  chosen: LearnModelJson['config'];
  model: LearnModelJson;
  /** Trials this run adds to the Deflated-Sharpe count. */
  trials: number;
  conventions: string[];
}

export interface LearnHooks {
  /** Called after every model fit with (fits done, fits in all). */
  progress?: (done: number, total: number) => void;
  /** Checked between fits; a true answer stops the run. */
  cancelled?: () => boolean;
}

export class LearnCancelled extends Error {
  constructor() {
    super('The learned-allocator run was cancelled.');
  }
}

function equityOf(r: Float64Array): number[] {
  const out: number[] = [];
  let e = 1;
  for (let i = 0; i < r.length; i++) {
    e *= 1 + r[i];
    if (e < 0) e = 0;
    out.push(e);
  }
  return out;
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function finishLearn(p: LearnPrepared, folds: readonly OuterFoldResult[]): LearnResult {
  const o = p.options;
  const N = p.legs.names.length;
  const first = p.features.first;
  const start = new Array<number>(N).fill(1 / N);
  const raw = folds.flatMap((f) => f.rawBuckets.map((b) => p.buckets[b]));
  const weights = smoothPath(start, raw, o.smoothing, o.maxDailyChange);
  const fromRow = folds[0].from;
  const dates = p.legs.dates.slice(first + fromRow, first + fromRow + weights.length);
  const net = netReturns(p.legs.returns, first + fromRow, weights, start, o.costBps);
  const oos = pathFigures(net.returns, dates[0], dates[dates.length - 1], net.turnover);
  const foldOut: LearnFold[] = [];
  let at = 0;
  for (const f of folds) {
    const len = f.to - f.from;
    const r = net.returns.subarray(at, at + len);
    const prev = at === 0 ? start : weights[at - 1];
    const fw = weights.slice(at, at + len);
    const turnover = netReturns(p.legs.returns, first + f.from, fw, prev, o.costBps).turnover;
    const fig = pathFigures(r, dates[at], dates[at + len - 1], turnover);
    const s = stretch(r);
    foldOut.push({
      index: f.index, trainFrom: p.legs.dates[first + f.trainFrom], trainTo: p.legs.dates[first + f.trainTo - 1], from: dates[at], to: dates[at + len - 1],
      calmar: fig.calmar, return: s.return, maxDrawdown: s.maxDrawdown, turnover, chosen: f.chosen, validationScore: f.validationScore, blend: f.blend, temperature: f.temperature,
      logLossRaw: f.logLossRaw, logLossCalibrated: f.logLossCalibrated, importance: f.importance,
    });
    at += len;
  }
  const baselines = baselinePaths(p, folds).map((b) => {
    const r = netReturns(p.legs.returns, first + fromRow, b.weights, b.start, o.costBps);
    return { name: b.name, figures: pathFigures(r.returns, dates[0], dates[dates.length - 1], r.turnover), curve: equityOf(r.returns) };
  });
  const calmars = foldOut.flatMap((f) => (f.calmar === null ? [] : [f.calmar])).sort((a, b) => a - b);
  const { gates, reasons } = acceptanceGates({
    model: oos,
    baselines,
    reference: equalName(N),
    p25FoldCalmar: quantile(calmars, 0.25),
    negativeFoldShare: foldOut.filter((f) => f.return < 0).length / foldOut.length,
  }, o);
  const F = p.features.names.length;
  const importance: ImportanceStability[] = p.features.names.map((feature, j) => {
    const shares = folds.map((f) => f.importance[j]);
    const topFiveFolds = folds.filter((f) => f.importance.filter((v, q) => v > f.importance[j] || (v === f.importance[j] && q < j)).length < 5 && f.importance[j] > 0).length;
    return { feature, mean: shares.reduce((s, v) => s + v, 0) / shares.length, min: Math.min(...shares), max: Math.max(...shares), topFiveFolds };
  }).sort((a, b) => b.mean - a.mean);
  const labelled = p.labels.values().next().value!.count;
  const last = folds[folds.length - 1];
  return {
    legs: p.legs.names,
    bases: p.legs.bases,
    options: o,
    verdict: gates.every((g) => g.passed) ? 'accepted' : 'rejected',
    reasons: gates.every((g) => g.passed) ? ['Every gate passed: the model beat each baseline out of sample after costs.'] : reasons,
    oos: { ...oos, from: dates[0], to: dates[dates.length - 1], days: dates.length },
    baselines,
    gates,
    folds: foldOut,
    dates,
    weights,
    equity: equityOf(net.returns),
    importance: importance.slice(0, Math.min(F, 40)),
    dataset: { sharedFrom: p.legs.dates[0], sharedTo: p.legs.dates[p.legs.dates.length - 1], sharedDays: p.legs.dates.length, firstRow: p.legs.dates[first], rows: p.features.rows, labelledRows: labelled, features: p.features.names, buckets: p.buckets },
    chosen: last.chosen,
    model: last.model,
    trials: learnTrials(o),
    conventions: learnConventions(o, p),
  };
}

export function learnConventions(o: LearnOptions, p: Pick<LearnPrepared, 'buckets' | 'legs'>): string[] {
  return [
    `Weights decided for day t use data through day t − 1 only; extra leg columns are lagged one day. ${p.buckets.length} weight buckets (grid step ${o.grid}).`,
    `Labels: U = future ${o.horizon}-day return − λ_dd·future max drawdown − λ_tc·turnover cost; costs ${o.costBps} bps per unit of turnover Σ|Δw|, charged in the labels and the backtest.`,
    `Nested walk-forward: ${o.outerFolds} anchored outer folds (purge ${o.horizon} days), ${o.innerFolds} inner folds (purge ${o.horizon}, embargo ${o.embargo} days) tuning the GBDT, the ridge penalty and λ_dd ∈ {${o.lambdaDd.join(', ')}}, λ_tc ∈ {${o.lambdaTc.join(', ')}}.`,
    `Policy: smoothing α = ${o.smoothing}, max daily change ${o.maxDailyChange} per leg; starts from equal weights the day before the first out-of-sample day.`,
    'P/L per 1 unit of starting capital; average monthly P/L = (final equity − 1) ÷ months spanned; Calmar = CAGR ÷ max drawdown; turnover Σ|Δw| per 252 business days.',
    ...p.legs.bases,
  ];
}

export type LearnOutcome = { ok: true; result: LearnResult } | { ok: false; message: string };

/** The whole run on one thread (the CLI and tests; the app spreads the outer folds over workers). */
export function learnAllocator(legs: LearnLegs, options: LearnOptions, hooks: LearnHooks = {}): LearnOutcome {
  const prepared = prepareLearn(legs, options);
  if (!prepared.ok) return prepared;
  const p = prepared.prepared;
  const total = p.outer.length * fitsPerOuterFold(p);
  let done = 0;
  const step = () => {
    done++;
    hooks.progress?.(done, total);
    if (hooks.cancelled?.()) throw new LearnCancelled();
  };
  const folds = p.outer.map((_, k) => runOuterFold(p, k, step));
  return { ok: true, result: finishLearn(p, folds) };
}

export { BEST_STATIC };
