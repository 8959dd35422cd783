/**
 * Learned allocator (issue 13) — the one use case behind the app's panel (data worker + compute
 * workers) and `sizewise learn-allocator`: the leg files (daily price / return files as one leg
 * each, with their extra columns; trade logs as one leg each) become legs on the shared calendar,
 * the user's options are checked (zod, LEARN_BOUNDS) over the defaults, the run goes through
 * core/learn (whole, or fold by fold for the workers: planLearn → learnFold × K → finishLearnRun),
 * and `learnJson` is the JSON (the CLI prints it; the workspace stores it with the
 * artifacts in `learnArtifacts`).
 */
import { z } from 'zod';
import { isSeriesHeader, parseSeriesFile } from '../allocate';
import { DEFAULT_LEARN_OPTIONS, finishLearn, LEARN_BOUNDS, learnAllocator, learnLegs, learnTrials, prepareLearn, runOuterFold, type LearnHooks, type LearnOptions, type LearnPrepared, type LearnResult, type LegInput, type OuterFoldResult } from '../learn';
import type { ReturnSeries, Trade } from '../model';
import { zodFieldErrors, type FieldError } from '../numeric';

const bounded = (b: { min: number; max: number; integer?: boolean }) => {
  const n = z.number().finite().min(b.min).max(b.max);
  return b.integer ? n.int() : n;
};

/** The options a user may set (CLI flags, the panel, the worker request); the rest are the defaults. */
export const learnOptionsSchema = z.object({
  horizon: bounded(LEARN_BOUNDS.horizon).optional(),
  grid: bounded(LEARN_BOUNDS.grid).optional(),
  outerFolds: bounded(LEARN_BOUNDS.outerFolds).optional(),
  innerFolds: bounded(LEARN_BOUNDS.innerFolds).optional(),
  seed: bounded(LEARN_BOUNDS.seed).optional(),
  costBps: bounded(LEARN_BOUNDS.costBps).optional(),
  lambdaDd: z.array(bounded(LEARN_BOUNDS.lambda)).min(1).max(4).optional(),
  lambdaTc: z.array(bounded(LEARN_BOUNDS.lambda)).min(1).max(4).optional(),
  smoothing: bounded(LEARN_BOUNDS.smoothing).optional(),
  maxDailyChange: bounded(LEARN_BOUNDS.maxDailyChange).optional(),
  embargo: bounded(LEARN_BOUNDS.embargo).optional(),
  drawdownTolerance: bounded(LEARN_BOUNDS.drawdownTolerance).optional(),
  turnoverCap: bounded(LEARN_BOUNDS.turnoverCap).optional(),
}).strict();

export type LearnUserOptions = z.infer<typeof learnOptionsSchema>;

export type OptionsCheck = { ok: true; options: LearnOptions } | { ok: false; message: string; errors: FieldError[] };

export function learnOptions(input: unknown): OptionsCheck {
  const parsed = learnOptionsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error);
    return { ok: false, message: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors };
  }
  return { ok: true, options: { ...DEFAULT_LEARN_OPTIONS, ...parsed.data } };
}

/** A leg file's text: a daily series (Date first) as one leg, else the caller's trade-log import. */
export type LegFile = { file: string; text: string } | { file: string; trades: readonly Trade[] };

export type LegsFromFiles = { ok: true; inputs: LegInput[] } | { ok: false; message: string };

/** Does this file's first line look like a daily series (so it is not a trade log)? */
export function isLegSeries(text: string): boolean {
  return isSeriesHeader(text.slice(0, text.search(/\r?\n|$/)));
}

export function legInputs(files: readonly LegFile[]): LegsFromFiles {
  const inputs: LegInput[] = [];
  for (const f of files) {
    if ('trades' in f) {
      inputs.push({ file: f.file, trades: f.trades });
      continue;
    }
    const parsed = parseSeriesFile(f.file, f.text, true);
    if (!parsed.ok) return parsed;
    inputs.push({ file: f.file, series: parsed.series[0] as ReturnSeries });
  }
  return { ok: true, inputs };
}

export type LearnRunOutcome = { ok: true; result: LearnResult } | { ok: false; message: string };

/** The whole run on this thread (CLI, tests). */
export function runLearnedAllocator(inputs: readonly LegInput[], options: LearnOptions, hooks?: LearnHooks): LearnRunOutcome {
  const legs = learnLegs(inputs);
  if (!legs.ok) return legs;
  return learnAllocator(legs.legs, options, hooks);
}

/** For the workers: the prepared run (each worker builds it from the same inputs; deterministic). */
export function planLearn(inputs: readonly LegInput[], options: LearnOptions): { ok: true; prepared: LearnPrepared; folds: number; fitsPerFold: number } | { ok: false; message: string } {
  const legs = learnLegs(inputs);
  if (!legs.ok) return legs;
  const prepared = prepareLearn(legs.legs, options);
  if (!prepared.ok) return prepared;
  return { ok: true, prepared: prepared.prepared, folds: prepared.prepared.outer.length, fitsPerFold: prepared.prepared.configs.length * options.innerFolds + 1 };
}

export const learnFold = runOuterFold;

export function finishLearnRun(prepared: LearnPrepared, folds: readonly OuterFoldResult[]): LearnResult {
  return finishLearn(prepared, [...folds].sort((a, b) => a.index - b.index));
}

/** Trials a run with these options adds to the workspace's Deflated-Sharpe count. */
export function learnRunTrials(options: LearnOptions): number {
  return learnTrials(options);
}

/** The JSON (`sizewise learn-allocator --json`). */
export function learnJson(r: LearnResult) {
  return {
    verdict: r.verdict,
    reasons: r.reasons,
    oos: { avgMonthlyPl: r.oos.avgMonthlyPl, calmar: r.oos.calmar, maxDrawdown: r.oos.maxDrawdown, turnover: r.oos.turnover, cagr: r.oos.cagr },
    baselines: Object.fromEntries(r.baselines.map((b) => [b.name, { avgMonthlyPl: b.figures.avgMonthlyPl, calmar: b.figures.calmar, maxDrawdown: b.figures.maxDrawdown, cagr: b.figures.cagr }])),
    gates: r.gates.map((g) => ({ name: g.name, passed: g.passed, value: g.value, threshold: g.threshold })),
    folds: r.folds.map((f) => ({ from: f.from, to: f.to, calmar: f.calmar, return: f.return, maxDrawdown: f.maxDrawdown, turnover: f.turnover })),
    weights: r.dates.map((date, t) => ({ date, weights: Object.fromEntries(r.legs.map((leg, i) => [leg, r.weights[t][i]])) })),
  };
}

/** What the workspace keeps of a run (allocator_runs, kind 'learned'): dataset summary, model JSON, fold results, chosen configuration, the JSON and the trials. */
export function learnArtifacts(r: LearnResult, created: string) {
  return {
    kind: 'learned' as const,
    created,
    legs: r.legs,
    options: r.options,
    dataset: { ...r.dataset, features: r.dataset.features.length, featureNames: r.dataset.features },
    chosen: r.chosen,
    folds: r.folds,
    model: r.model,
    trials: r.trials,
    verdict: r.verdict,
    json: learnJson(r),
  };
}
