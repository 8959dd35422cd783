/**
 * The learned allocator's nested walk-forward (issue 13 "Protocol"). Outer folds: the feature rows
 * split into K + 1 equal chronological blocks; fold k trains on every labelled row before its
 * out-of-sample block (anchored; core/allocate foldWindows with purge H: the last training row's
 * label horizon ends before the block starts) and predicts the block (the last block also takes
 * the rows left over). Inner folds (tuning): the outer training rows split into J contiguous
 * validation blocks; a block's training rows are those whose label horizon ends before it (purge)
 * or that start at least `embargo` days after it (embargo). Every configuration (GBDT
 * hyperparameters × ridge × λ_dd × λ_tc) is fitted on each inner fold; the blend weight and the
 * temperature are fitted on the pooled inner validation predictions; the configuration whose
 * validation policy path has the best score — annualized log growth e^(252·mean ln(1 + r)) − 1 ÷
 * max(max drawdown, 1%) — is refitted on all training rows and predicts the out-of-sample block.
 * Each (outer fold × inner fold × configuration) counts as one trial for the Deflated Sharpe.
 */
import { foldWindows } from '../allocate';
import type { FoldWindow } from '../allocate/walk-forward';
import { compoundedDrawdown } from '../allocate/portfolio-metrics';
import { applyTemperature, blend, fitBlend, fitTemperature, logLoss } from './calibrate';
import { buildFeatures, type FeatureMatrix } from './features';
import { gbdtScores, softmaxRows, trainGbdt, type GbdtModel } from './gbdt';
import { weightGrid } from './grid';
import { buildLabels, type Labels } from './labels';
import type { LearnLegs } from './legs';
import { linearProbabilities, trainLinear, type LinearModel } from './linear';
import { netReturns } from './path';
import { bestBuckets, smoothPath, utilityMatrix } from './policy';
import type { LearnConfig, LearnOptions } from './types';

export interface LearnPrepared {
  legs: LearnLegs;
  features: FeatureMatrix;
  buckets: number[][];
  options: LearnOptions;
  configs: LearnConfig[];
  /** Labels per (λ_dd, λ_tc) key. */
  labels: Map<string, Labels>;
  outer: FoldWindow[];
}

export interface LearnModelJson {
  features: string[];
  buckets: number[][];
  config: LearnConfig;
  gbdt: GbdtModel;
  linear: LinearModel;
  blend: number;
  temperature: number;
  /** K × B mean training utilities (policy). */
  utilityMatrix: number[];
}

export interface OuterFoldResult {
  index: number;
  /** Out-of-sample feature rows [from, to) and each row's chosen bucket. */
  from: number;
  to: number;
  trainFrom: number;
  trainTo: number;
  rawBuckets: number[];
  chosen: LearnConfig;
  validationScore: number | null;
  blend: number;
  temperature: number;
  logLossRaw: number | null;
  logLossCalibrated: number | null;
  importance: number[];
  model: LearnModelJson;
}

export type PrepareOutcome = { ok: true; prepared: LearnPrepared } | { ok: false; message: string };

export function configurations(o: Pick<LearnOptions, 'gbdt' | 'ridge' | 'lambdaDd' | 'lambdaTc'>): LearnConfig[] {
  const out: LearnConfig[] = [];
  for (const gbdt of o.gbdt) for (const ridge of o.ridge) for (const lambdaDd of o.lambdaDd) for (const lambdaTc of o.lambdaTc) out.push({ gbdt, ridge, lambdaDd, lambdaTc });
  return out;
}

/**
 * The trials a run adds to the workspace's Deflated-Sharpe count: outer folds × inner folds ×
 * configurations. The workspace's trial counter adds this number once per completed run.
 */
export function learnTrials(o: Pick<LearnOptions, 'outerFolds' | 'innerFolds' | 'gbdt' | 'ridge' | 'lambdaDd' | 'lambdaTc'>): number {
  return o.outerFolds * o.innerFolds * configurations(o).length;
}

const lambdaKey = (c: Pick<LearnConfig, 'lambdaDd' | 'lambdaTc'>) => `${c.lambdaDd}|${c.lambdaTc}`;

/** Fewest rows an outer out-of-sample block may have. */
export const MIN_BLOCK_ROWS = 63;

export function prepareLearn(legs: LearnLegs, options: LearnOptions): PrepareOutcome {
  const grid = weightGrid(legs.names.length, options.grid);
  if (!grid.ok) return grid;
  const features = buildFeatures(legs);
  const H = options.horizon;
  const block = Math.floor((features.rows - H) / (options.outerFolds + 1));
  if (block < MIN_BLOCK_ROWS) {
    const need = (options.outerFolds + 1) * MIN_BLOCK_ROWS + H + features.first;
    return { ok: false, message: `Too little shared history for ${options.outerFolds} outer folds: ${legs.dates.length} shared business days (${legs.dates[0] ?? '—'} to ${legs.dates[legs.dates.length - 1] ?? '—'}); ${need} are needed (${features.first} days of feature history, then ${options.outerFolds + 1} blocks of at least ${MIN_BLOCK_ROWS} days and the ${H}-day horizon). Use fewer folds or longer legs.` };
  }
  const outer = foldWindows(features.rows, { mode: 'anchored', inSample: block - H, outOfSample: block, step: block, purge: H, embargo: 0, costBps: options.costBps }).slice(0, options.outerFolds);
  outer[outer.length - 1] = { ...outer[outer.length - 1], oosTo: features.rows };
  const configs = configurations(options);
  const labels = new Map<string, Labels>();
  for (const c of configs) {
    const key = lambdaKey(c);
    if (!labels.has(key)) labels.set(key, buildLabels(legs.returns, features.first, grid.buckets, { horizon: H, lambdaDd: c.lambdaDd, lambdaTc: c.lambdaTc, costBps: options.costBps }));
  }
  return { ok: true, prepared: { legs, features, buckets: grid.buckets, options, configs, labels, outer } };
}

/** Rows of X (row-major) gathered into a new matrix. */
function gather(X: Float64Array, F: number, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length * F);
  for (let j = 0; j < rows.length; j++) out.set(X.subarray(rows[j] * F, rows[j] * F + F), j * F);
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

interface Fitted {
  gbdt: GbdtModel;
  linear: LinearModel;
}

function fit(p: LearnPrepared, rows: number[], labels: Labels, config: LearnConfig, seed: number): Fitted {
  const { X, F } = p.features;
  const K = p.buckets.length;
  const Xt = gather(X, F, rows);
  const y = Int32Array.from(rows, (r) => labels.label[r]);
  return { gbdt: trainGbdt(Xt, rows.length, F, y, K, config.gbdt, seed), linear: trainLinear(Xt, rows.length, F, y, K, config.ridge) };
}

function predict(p: LearnPrepared, m: Fitted, rows: number[]): { gbdt: Float64Array; linear: Float64Array } {
  const { X, F } = p.features;
  const K = p.buckets.length;
  const Xr = gather(X, F, rows);
  const scores = gbdtScores(m.gbdt, Xr, rows.length);
  const gbdt = new Float64Array(scores.length);
  softmaxRows(scores, rows.length, K, gbdt);
  return { gbdt, linear: linearProbabilities(m.linear, Xr, rows.length) };
}

/** The validation score of a net return path: annualized log growth ÷ max(max drawdown, 1%). */
export function validationScore(r: Float64Array): number | null {
  if (r.length === 0) return null;
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    if (1 + r[i] <= 0) return -Infinity;
    s += Math.log(1 + r[i]);
  }
  const growth = Math.exp((252 * s) / r.length) - 1;
  return growth / Math.max(compoundedDrawdown(r).maxDrawdown, 0.01);
}

/** Weights of the policy over a contiguous block of rows, from equal weights, and its net returns. */
function policyReturns(p: LearnPrepared, fromRow: number, buckets: ArrayLike<number>): Float64Array {
  const N = p.legs.names.length;
  const start = new Array<number>(N).fill(1 / N);
  const raw = Array.from(buckets, (b) => p.buckets[b]);
  const path = smoothPath(start, raw, p.options.smoothing, p.options.maxDailyChange);
  return netReturns(p.legs.returns, p.features.first + fromRow, path, start, p.options.costBps).returns;
}

function seedOf(p: LearnPrepared, outer: number, inner: number, config: number): number {
  return (Math.imul(p.options.seed ^ 0x9e3779b9, 31) + outer * 1009 + inner * 101 + config * 7) >>> 0;
}

/** One outer fold: tune on its inner folds, refit, predict its out-of-sample block. `step` is called after every fit. */
export function runOuterFold(p: LearnPrepared, k: number, step: () => void = () => {}): OuterFoldResult {
  const w = p.outer[k];
  const o = p.options;
  const H = o.horizon;
  const K = p.buckets.length;
  const trainRows = range(w.isFrom, w.isTo);
  const n = trainRows.length;
  const J = o.innerFolds;
  const blocks = range(0, J).map((j) => ({ from: w.isFrom + Math.floor((j * n) / J), to: w.isFrom + Math.floor(((j + 1) * n) / J) }));
  let best: { config: number; score: number | null; beta: number; T: number } | null = null;
  for (let c = 0; c < p.configs.length; c++) {
    const config = p.configs[c];
    const labels = p.labels.get(lambdaKey(config))!;
    const oofG: number[] = [];
    const oofL: number[] = [];
    const oofY: number[] = [];
    const perBlock: { from: number; rows: number; M: Float64Array; start: number }[] = [];
    for (let j = 0; j < J; j++) {
      const b = blocks[j];
      const innerTrain = trainRows.filter((r) => r + H <= b.from || r >= b.to + o.embargo);
      const valRows = range(b.from, b.to);
      if (innerTrain.length < 2 || valRows.length === 0) {
        step();
        continue;
      }
      const m = fit(p, innerTrain, labels, config, seedOf(p, k, j, c));
      const pr = predict(p, m, valRows);
      perBlock.push({ from: b.from, rows: valRows.length, M: utilityMatrix(labels.utility, labels.label, innerTrain, K), start: oofY.length });
      for (let i = 0; i < pr.gbdt.length; i++) {
        oofG.push(pr.gbdt[i]);
        oofL.push(pr.linear[i]);
      }
      for (const r of valRows) oofY.push(labels.label[r]);
      step();
    }
    const nv = oofY.length;
    const { beta } = fitBlend(oofG, oofL, oofY, nv, K);
    const blended = blend(oofG, oofL, beta);
    const T = fitTemperature(blended, oofY, nv, K);
    const calibrated = applyTemperature(blended, nv, K, T);
    const parts: Float64Array[] = [];
    for (const b of perBlock) {
      const chosen = bestBuckets(calibrated.subarray(b.start * K, (b.start + b.rows) * K), b.rows, b.M, K);
      parts.push(policyReturns(p, b.from, chosen));
    }
    const all = new Float64Array(parts.reduce((s, a) => s + a.length, 0));
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    const score = validationScore(all);
    if (best === null || (score !== null && (best.score === null || score > best.score))) best = { config: c, score, beta, T };
  }
  const chosen = p.configs[best!.config];
  const labels = p.labels.get(lambdaKey(chosen))!;
  const m = fit(p, trainRows, labels, chosen, seedOf(p, k, J, best!.config));
  step();
  const oosRows = range(w.oosFrom, w.oosTo);
  const pr = predict(p, m, oosRows);
  const blended = blend(pr.gbdt, pr.linear, best!.beta);
  const calibrated = applyTemperature(blended, oosRows.length, K, best!.T);
  const M = utilityMatrix(labels.utility, labels.label, trainRows, K);
  const rawBuckets = Array.from(bestBuckets(calibrated, oosRows.length, M, K));
  const labelled = oosRows.filter((r) => r < labels.count).length;
  const y = Int32Array.from(oosRows.slice(0, labelled), (r) => labels.label[r]);
  const gainSum = m.gbdt.gain.reduce((s, v) => s + v, 0);
  return {
    index: k + 1,
    from: w.oosFrom,
    to: w.oosTo,
    trainFrom: w.isFrom,
    trainTo: w.isTo,
    rawBuckets,
    chosen,
    validationScore: best!.score !== null && Number.isFinite(best!.score) ? best!.score : null,
    blend: best!.beta,
    temperature: best!.T,
    logLossRaw: labelled > 0 ? logLoss(blended, y, labelled, K) : null,
    logLossCalibrated: labelled > 0 ? logLoss(calibrated, y, labelled, K) : null,
    importance: m.gbdt.gain.map((g) => (gainSum > 0 ? g / gainSum : 0)),
    model: { features: p.features.names, buckets: p.buckets, config: chosen, gbdt: m.gbdt, linear: m.linear, blend: best!.beta, temperature: best!.T, utilityMatrix: Array.from(M) },
  };
}

/** Fits per outer fold: (configurations × inner folds) + the refit. */
export function fitsPerOuterFold(p: Pick<LearnPrepared, 'configs' | 'options'>): number {
  return p.configs.length * p.options.innerFolds + 1;
}
