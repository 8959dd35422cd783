/**
 * Learned allocator (issue 13, SPEC-metrics §6 last item): options, their bounds and defaults,
 * and the shapes of a run's results. Every bound is stated so the CLI, the worker request and the
 * panel refuse the same out-of-range values.
 */
import type { GbdtParams } from './gbdt';

export interface LearnConfig {
  /** GBDT hyperparameters. */
  gbdt: GbdtParams;
  /** Ridge penalty of the linear classifier (on standardized features). */
  ridge: number;
  /** Drawdown penalty λ_dd and turnover-cost weight λ_tc of the label utility. */
  lambdaDd: number;
  lambdaTc: number;
}

export interface LearnOptions {
  /** Label horizon H in business days (5–20). */
  horizon: number;
  /** Weight grid step (e.g. 0.05 → 21 buckets for two legs). */
  grid: number;
  outerFolds: number;
  innerFolds: number;
  seed: number;
  /** Fee + slippage in basis points per unit of turnover Σ|Δw| (labels and backtest). */
  costBps: number;
  /** Candidates tuned by the inner folds. */
  lambdaDd: number[];
  lambdaTc: number[];
  gbdt: GbdtParams[];
  ridge: number[];
  /** Smoothing α of w_t = α·w_{t−1} + (1 − α)·w_raw. */
  smoothing: number;
  /** Largest change of any leg's weight from one day to the next. */
  maxDailyChange: number;
  /** Business days left out after each inner validation block (purge is the horizon H). */
  embargo: number;
  /** Gate thresholds. */
  drawdownTolerance: number;
  turnoverCap: number;
  minP25FoldCalmar: number;
  maxNegativeFoldShare: number;
}

export const DEFAULT_GBDT: GbdtParams = { rounds: 30, learningRate: 0.1, maxDepth: 3, maxLeaves: 8, lambda: 5, minChildHessian: 2, maxBins: 24, subsample: 0.7 };

export const DEFAULT_LEARN_OPTIONS: LearnOptions = {
  horizon: 10,
  grid: 0.05,
  outerFolds: 8,
  innerFolds: 3,
  seed: 1,
  costBps: 2,
  lambdaDd: [0.5, 2],
  lambdaTc: [1],
  gbdt: [DEFAULT_GBDT, { ...DEFAULT_GBDT, maxDepth: 2, maxLeaves: 4, lambda: 20 }],
  ridge: [10],
  smoothing: 0.5,
  maxDailyChange: 0.1,
  embargo: 10,
  drawdownTolerance: 0.05,
  turnoverCap: 12,
  minP25FoldCalmar: 0,
  maxNegativeFoldShare: 0.25,
};

/** Bounds shared by the CLI, the worker request (zod) and the panel. */
export const LEARN_BOUNDS = {
  horizon: { min: 5, max: 20, integer: true },
  grid: { min: 0.01, max: 0.5 },
  outerFolds: { min: 2, max: 20, integer: true },
  innerFolds: { min: 2, max: 5, integer: true },
  seed: { min: 0, max: 4_294_967_295, integer: true },
  costBps: { min: 0, max: 1000 },
  lambda: { min: 0, max: 100 },
  smoothing: { min: 0, max: 0.99 },
  maxDailyChange: { min: 0.01, max: 1 },
  embargo: { min: 0, max: 250, integer: true },
  drawdownTolerance: { min: 0, max: 1 },
  turnoverCap: { min: 0, max: 1000 },
  /** Most buckets a grid may have (the classifier has one class per bucket). */
  maxBuckets: 101,
} as const;

export interface PathFigures {
  /** (final equity − 1) ÷ calendar months spanned: P/L per 1 unit of starting capital per month. */
  avgMonthlyPl: number;
  cagr: number | null;
  maxDrawdown: number;
  calmar: number | null;
  /** Σ|Δw| per year (one-way, both legs counted). */
  turnover: number;
}

export interface LearnFold {
  index: number;
  trainFrom: string;
  trainTo: string;
  from: string;
  to: string;
  calmar: number | null;
  return: number;
  maxDrawdown: number;
  turnover: number;
  /** The configuration the inner folds chose, with its validation score. */
  chosen: LearnConfig;
  validationScore: number | null;
  blend: number;
  temperature: number;
  /** Held-out log-loss of the outer window before and after temperature scaling. */
  logLossRaw: number | null;
  logLossCalibrated: number | null;
  /** Per feature: share of the GBDT's total split gain. */
  importance: number[];
}

export interface Gate {
  name: string;
  passed: boolean;
  value: number | null;
  threshold: number | null;
}
