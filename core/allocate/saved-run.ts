/**
 * The Allocate page's request and its saved runs (issue 19 "Page": saved in the workspace's
 * `allocator_runs` table). The request is what the renderer sends to the data worker (checked
 * by zod there: the boundary); a saved run is the request (price / return files by name, not
 * their bytes), the report it produced and the configurations it added to the workspace's
 * count of configurations tried. The stored-run schema is what content-check applies to every
 * `allocator_runs.json` value when a workspace opens, so a damaged run refuses the file with
 * table, row, column and reason, and a run that passes always draws (every number finite).
 */
import { z } from 'zod';
import { CORRELATION_METHODS } from './correlation';
import { ALLOCATION_METHODS, COVARIANCES, PERIODS } from './types';

/** The settings key of the Allocate page's last settings (restored when the page opens). */
export const ALLOCATION_SETTINGS_KEY = 'allocate.settings';
/** Saved-run format version. */
export const SAVED_RUN_VERSION = 1;
/** Upper bound of the walk-forward lengths (periods), as the CLI's. */
export const MAX_WALK_FORWARD_PERIODS = 100_000;
/** Upper bound of kelly-margin's per-strategy contracts, as the CLI's. */
export const MAX_ALLOCATION_CONTRACTS = 1_000_000;
export const CAPITAL_BASES = ['starting-capital', 'margin'] as const;
export type CapitalBasis = (typeof CAPITAL_BASES)[number];

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const nullableFinite = finite.nullable();
const periods = (min: number) => z.number().int('must be a whole number').min(min).max(MAX_WALK_FORWARD_PERIODS);

export const walkForwardSettingsSchema = z.object({
  mode: z.enum(['rolling', 'anchored']),
  inSample: periods(1),
  outOfSample: periods(1),
  step: periods(1),
  purge: periods(0),
  embargo: periods(0),
  costBps: finite.min(0).max(10_000),
});

/** The settings of one allocation (what the page edits and a saved run keeps). */
const settingsFields = z.object({
    /** Strategies of the workspace to include; null: all of them; empty: none (series files only). */
    strategies: z.array(z.string().max(500)).max(1000).nullable(),
    method: z.enum(ALLOCATION_METHODS),
    /** Methods the walk-forward evaluates (the chosen one first); equal weight is always the baseline. */
    compare: z.array(z.enum(ALLOCATION_METHODS)).max(ALLOCATION_METHODS.length),
    fraction: finite.gt(0, 'must be above 0').max(2),
    min: finite.min(-10).max(100),
    max: finite.gt(0, 'must be above 0').max(100),
    ceiling: finite.gt(0, 'must be above 0').max(100),
    /** null: the trade log's starting capital (100,000 with series only). */
    capital: finite.gt(0, 'must be above 0').max(1e15).nullable(),
    capitalBasis: z.enum(CAPITAL_BASES),
    covariance: z.enum(COVARIANCES),
    period: z.enum(PERIODS),
    minContracts: finite.min(0).max(MAX_ALLOCATION_CONTRACTS),
    /** null: no maximum. */
    maxContracts: finite.gt(0, 'must be above 0').max(MAX_ALLOCATION_CONTRACTS).nullable(),
    correlation: z.object({ method: z.enum(CORRELATION_METHODS), basis: z.enum(['pl', 'returns']) }),
    walkForward: walkForwardSettingsSchema.nullable(),
  });
export const allocationSettingsSchema = settingsFields
  .refine((s) => s.min <= s.max, { path: ['min'], message: 'must be at most the maximum weight' })
  .refine((s) => s.maxContracts === null || s.minContracts <= s.maxContracts, { path: ['minContracts'], message: 'must be at most the maximum contracts' });
export type AllocationSettings = z.infer<typeof allocationSettingsSchema>;

/** The Allocate page's first settings: every strategy, risk parity, long-only, fully invested, Ledoit–Wolf, daily, a rolling 120/20/20 walk-forward off. */
export const DEFAULT_ALLOCATION_SETTINGS: AllocationSettings = {
  strategies: null,
  method: 'risk-parity',
  compare: ['equal', 'inverse-vol', 'min-variance'],
  fraction: 0.5,
  min: 0,
  max: 1,
  ceiling: 1,
  capital: null,
  capitalBasis: 'starting-capital',
  covariance: 'ledoit-wolf',
  period: 'daily',
  minContracts: 0,
  maxContracts: null,
  correlation: { method: 'pearson', basis: 'pl' },
  walkForward: null,
};
/** The walk-forward settings the page proposes when the user turns it on. */
export const DEFAULT_WALK_FORWARD: z.infer<typeof walkForwardSettingsSchema> = { mode: 'rolling', inSample: 120, outOfSample: 20, step: 20, purge: 1, embargo: 0, costBps: 5 };

/** The stored page settings, field by field: a field that does not parse (or a pair out of order) takes its default. */
export function restoreAllocationSettings(stored: unknown): AllocationSettings {
  const whole = allocationSettingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const record = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const restored = { ...DEFAULT_ALLOCATION_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(settingsFields.shape)) {
    const field = (schema as z.ZodType).safeParse(record[key]);
    if (field.success) restored[key] = field.data;
  }
  const candidate = allocationSettingsSchema.safeParse(restored);
  return candidate.success ? candidate.data : { ...DEFAULT_ALLOCATION_SETTINGS };
}

/** A price or return file chosen on the page: its name and text (parsed in the data worker). */
export const seriesFileSchema = z.object({ file: z.string().min(1).max(260), text: z.string().max(64 * 1024 * 1024) });
export type SeriesFile = z.infer<typeof seriesFileSchema>;

export const allocationRunRequestSchema = z.object({ settings: allocationSettingsSchema, series: z.array(seriesFileSchema).max(50) });
export type AllocationRunRequest = z.infer<typeof allocationRunRequestSchema>;

const method = z.enum(ALLOCATION_METHODS);
const marginal = z.object({ sharpeWith: nullableFinite, sharpeWithout: nullableFinite, maxDrawdownWith: finite, maxDrawdownWithout: finite, cagrWith: nullableFinite, cagrWithout: nullableFinite });
const asset = z.object({
  name: z.string(),
  file: z.string(),
  weight: finite,
  riskContribution: nullableFinite,
  marginalRisk: nullableFinite,
  marginal,
  contracts: nullableFinite,
  wholeContracts: nullableFinite,
  dollars: finite,
});
const kellyMargin = z.object({
  fullContracts: z.array(finite),
  contracts: z.array(finite),
  wholeContracts: z.array(finite),
  growth: finite,
  wholeGrowth: finite,
  roundingCost: finite,
  peakMarginUtilisation: finite,
  wholePeakMarginUtilisation: finite,
  binding: z.array(z.object({ date: z.string(), time: z.string(), utilisation: finite })),
  moments: finite,
  level: z.enum(['time', 'day', 'mixed']),
  iterations: finite,
});
const methodResult = z.object({
  method,
  weights: z.array(finite),
  assets: z.array(asset),
  expectedReturn: finite,
  volatility: finite,
  expectedLogGrowth: nullableFinite,
  maxDrawdown: finite,
  sharpe: nullableFinite,
  cagr: nullableFinite,
  messages: z.array(z.string()),
  kellyMargin: kellyMargin.nullable(),
});
const fold = z.object({
  index: finite,
  inSampleFrom: z.string(),
  inSampleTo: z.string(),
  outOfSampleFrom: z.string(),
  outOfSampleTo: z.string(),
  weights: z.array(finite),
  return: finite,
  maxDrawdown: finite,
  calmar: nullableFinite,
  turnover: finite,
  cost: finite,
});
const wfMethod = z.object({
  method,
  folds: z.array(fold),
  curve: z.array(z.object({ date: z.string(), equity: finite })),
  oos: z.object({ cagr: nullableFinite, maxDrawdown: finite, calmar: nullableFinite }),
  robustness: z.object({ medianCalmar: nullableFinite, p25Calmar: nullableFinite, negativeShare: finite }),
  messages: z.array(z.string()),
});

/** The stored AllocationReport (core/allocate/allocate.ts), every number finite. */
export const storedReportSchema = z.object({
  ok: z.literal(true),
  window: z.object({ from: z.string(), to: z.string(), days: finite, periods: finite, period: z.enum(PERIODS) }),
  spans: z.array(z.object({ name: z.string(), first: z.string(), last: z.string(), activeDays: finite })),
  names: z.array(z.string()),
  basis: z.string(),
  covariance: z.object({ kind: z.enum(COVARIANCES), target: z.enum(['constant-correlation', 'identity']).nullable(), shrinkage: finite, convention: z.string() }),
  result: methodResult,
  correlation: z.object({
    method: z.enum(CORRELATION_METHODS),
    basis: z.enum(['pl', 'returns']),
    names: z.array(z.string()),
    matrix: z.array(z.array(nullableFinite)),
    sharedDays: z.array(z.array(finite)),
    notes: z.array(z.array(z.string().nullable())),
  }),
  frontier: z.array(z.object({ expectedReturn: finite, volatility: finite, weights: z.array(finite) })),
  methodPoints: z.array(z.object({ method, expectedReturn: finite, volatility: finite })),
  walkForward: z
    .object({ options: walkForwardSettingsSchema, methods: z.array(wfMethod), baseline: wfMethod, message: z.string().nullable() })
    .nullable(),
  messages: z.array(z.string()),
});

export const savedAllocationRunSchema = z.object({
  version: z.literal(SAVED_RUN_VERSION),
  name: z.string().min(1).max(200),
  settings: allocationSettingsSchema,
  /** The price / return files of the run, by name (their bytes are not stored). */
  seriesFiles: z.array(z.string()),
  /** The capital the run sized for. */
  capital: finite.gt(0),
  /** Configurations this run added to the workspace's count of configurations tried. */
  trials: z.number().int().min(0),
  report: storedReportSchema,
});
export type SavedAllocationRun = z.infer<typeof savedAllocationRunSchema>;
