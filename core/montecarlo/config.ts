/**
 * Builds a Monte Carlo config from trades: validates the options, builds the outcome pool
 * of the chosen mode under the chosen sizing rule (./pools: any replay rule in every
 * mode), applies the recent-N window, and resolves block length, horizon, worst case and
 * checkpoints. The options are checked by one zod schema (`monteCarloOptionsSchema`) at
 * this boundary (CLI flags, the app's Risk page and the report all arrive here); every
 * failure is a FieldError {field, message} (core/numeric), `message` repeats the first one.
 */
import { z } from 'zod';
import { type FieldError, zodFieldErrors } from '../numeric/field-error';
import type { Trade } from '../model';
import { formatRuleSpec, isValidSizingRule, prepareReplayInput } from '../replay';
import type { ReplayInput, SizingRule } from '../replay/types';
import { CalendarSpanError, resolveStartingCapital } from '../stats';
import { MAX_CHECKPOINTS } from './checkpoints';
import { buildPool, type Pool } from './pools';
import { worstLossPerContract, type WorstCaseBasis } from './worst-loss';
import type { MonteCarloConfig, MonteCarloMode, ResampleMethod } from './types';

export const DEFAULT_CHECKPOINTS = 250;
export const MAX_PATHS = 10_000_000;

export interface MonteCarloOptions {
  mode: MonteCarloMode;
  resample: ResampleMethod;
  paths: number;
  seed: number;
  /** Default round(n^(1/3)) of the pool size n. */
  meanBlockLength?: number;
  /** Steps per path: a count, or years × steps per year of the sample; default the pool size. */
  horizon?: { steps: number } | { years: number };
  /** Default: SPEC §2 (Funds at Close − P/L of the first trade to close), else 100,000. */
  startingCapital?: number;
  /** Draw only from the last N outcomes. */
  recent?: number;
  /** Share of steps replaced by the drawn trade's strategy's worst loss (0–1), default 0. */
  worstCaseShare?: number;
  /**
   * A strategy's worst loss per contract (./worst-loss): 'all' = SPEC §5, the max of margin,
   * Max Loss and worst realized loss; 'realized' = the worst realized loss alone. Default 'all'.
   */
  worstCase?: WorstCaseBasis;
  /** Ruin = equity ≤ ruinLevel · start, default 0.5. */
  ruinLevel?: number;
  checkpoints?: number;
  /**
   * The sizing rule simulated (any replay rule, every mode; see ./pools for how each mode
   * applies it). Default: `log` (the log as recorded) in percent and daily modes, `fixed:1`
   * in dollar mode (SPEC §5: never reorder absolute dollars of a compounding log).
   */
  sizing?: SizingRule;
}

export type ConfigOutcome = { ok: true; config: MonteCarloConfig; warnings: string[] } | { ok: false; message: string; errors: FieldError[] };

/** What a value is, for a message ("got 0", "got NaN", "got \"x\""). */
const got = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);
/** A field that passes when `ok(value)`, else the issue `message(value)`. */
const check = (ok: (value: unknown) => boolean, message: (value: unknown) => string) =>
  z.unknown().superRefine((value, ctx) => {
    if (!ok(value)) ctx.addIssue({ code: 'custom', message: message(value) });
  });
/** An optional field: absent or undefined passes, else as `check`. */
const optional = (ok: (value: unknown) => boolean) => (value: unknown) => value === undefined || ok(value);
const wholeIn = (min: number, max: number) => (value: unknown) => isNumber(value) && Number.isInteger(value) && value >= min && value <= max;

/** An optional field: absent passes, else as `check`. */
const maybe = (ok: (value: unknown) => boolean, message: (value: unknown) => string) => check(optional(ok), message).optional();

/**
 * The Monte Carlo options schema: the one check of the options' own values (a check that needs
 * the trades — pool size, years of the sample — is made while building). Field = the option's name.
 */
export const monteCarloOptionsSchema = z.object({
  mode: check((v) => v === 'percent' || v === 'daily' || v === 'dollar', (v) => `mode must be percent, daily or dollar, got ${got(v)}`),
  resample: check((v) => v === 'iid' || v === 'block', (v) => `resample must be iid or block, got ${got(v)}`),
  paths: check(wholeIn(1, MAX_PATHS), (v) => `paths must be a whole number from 1 to ${MAX_PATHS}, got ${got(v)}`),
  seed: check((v) => isNumber(v) && Number.isInteger(v), (v) => `seed must be a whole number, got ${got(v)}`),
  meanBlockLength: maybe((v) => isNumber(v) && Number.isFinite(v) && v >= 1, (v) => `mean block length must be ≥ 1, got ${got(v)}`),
  horizon: maybe(
    ((v) => typeof v === 'object' && v !== null && (('steps' in v && isNumber(v.steps)) || ('years' in v && isNumber(v.years) && Number.isFinite(v.years)))),
    (v) => `horizon must be {steps: N} or {years: Y}, got ${JSON.stringify(v) ?? got(v)}`,
  ),
  startingCapital: maybe((v) => isNumber(v) && Number.isFinite(v) && v > 0, (v) => `starting capital must be a positive number, got ${got(v)}`),
  recent: maybe((v) => isNumber(v) && Number.isInteger(v) && v >= 2, (v) => `recent window must be a whole number ≥ 2, got ${got(v)}`),
  worstCaseShare: maybe((v) => isNumber(v) && v >= 0 && v <= 1, (v) => `worst-case share must be between 0 and 1, got ${got(v)}`),
  worstCase: maybe((v) => v === 'all' || v === 'realized', (v) => `worst case must be all or realized, got ${got(v)}`),
  ruinLevel: maybe((v) => isNumber(v) && v >= 0 && v < 1, (v) => `ruin level must be a fraction of starting capital in [0, 1), got ${got(v)}`),
  checkpoints: maybe(wholeIn(1, MAX_CHECKPOINTS), (v) => `checkpoints must be a whole number from 1 to ${MAX_CHECKPOINTS}, got ${got(v)}`),
  sizing: maybe(isValidSizingRule, (v) => `sizing must be a valid sizing rule, got ${JSON.stringify(v) ?? got(v)}`),
});

/** The field errors of options of unknown shape (empty when valid). */
export function monteCarloOptionsErrors(options: unknown): FieldError[] {
  const result = monteCarloOptionsSchema.safeParse(options);
  return result.success ? [] : zodFieldErrors(result.error, 'the Monte Carlo options');
}

/**
 * `markedDailyReturns`: the daily returns of the marked-to-market curve when a daily log
 * belongs to these trades (core/app passes them); daily mode with the `log` rule resamples them.
 */
export function buildMonteCarloConfig(trades: readonly Trade[], options: MonteCarloOptions, markedDailyReturns?: readonly number[]): ConfigOutcome {
  const failWith = (errors: FieldError[]): ConfigOutcome => ({ ok: false, message: errors[0].message, errors });
  const fail = (message: string, field = ''): ConfigOutcome => failWith([{ field, message }]);
  const optionErrors = monteCarloOptionsErrors(options);
  let input: ReplayInput;
  try {
    input = prepareReplayInput(trades);
  } catch (error) {
    if (error instanceof CalendarSpanError) return fail(error.message);
    throw error;
  }
  const warnings = [...input.warnings];
  if (input.count < 2) return fail(`Monte Carlo needs at least 2 closed trades, got ${input.count}`);
  if (optionErrors.length > 0) return failWith(optionErrors);
  let start: number;
  if (options.startingCapital !== undefined) {
    start = options.startingCapital;
  } else {
    const resolved = resolveStartingCapital([...trades].filter((t) => t.dateClosed !== null));
    start = resolved.value;
    warnings.push(...resolved.warnings);
  }

  const rule: SizingRule = options.sizing ?? (options.mode === 'dollar' ? { kind: 'fixed', contracts: 1 } : { kind: 'log' });
  const worstPerContract = worstLossPerContract(input, options.worstCase === 'realized' ? 'realized' : 'all');
  const pool = buildPool(options.mode, input, start, rule, worstPerContract, markedDailyReturns);
  if (typeof pool === 'string') return fail(`${options.mode} mode with ${formatRuleSpec(rule)}: ${pool}`, 'sizing');
  warnings.push(...pool.warnings);
  if ((options.worstCaseShare ?? 0) > 0) {
    const lossless = input.strategies.filter((_, s) => !(worstPerContract[s] > 0));
    if (lossless.length > 0) warnings.push(`worst case: ${lossless.join(', ')} ${lossless.length === 1 ? 'has' : 'have'} no ${options.worstCase === 'realized' ? 'losing trade' : 'margin, Max Loss or losing trade'}, so ${lossless.length === 1 ? 'its' : 'their'} injected steps lose nothing`);
  }
  return configFromPool(options, pool, start, formatRuleSpec(rule), warnings);
}

/**
 * The config from a built pool (trades' pools here, the daily log's own pool in
 * ./daily-only-config): the recent-N window, block length, horizon and checkpoints.
 */
export function configFromPool(options: MonteCarloOptions, pool: Pool, start: number, rule: string, warnings: string[]): ConfigOutcome {
  const fail = (message: string, field = ''): ConfigOutcome => ({ ok: false, message, errors: [{ field, message }] });
  let values = pool.values;
  let { fixedContracts, contractsPerDollar, worstByEntry } = pool;
  if (options.recent !== undefined) {
    if (options.recent < values.length) {
      const from = values.length - options.recent;
      values = values.slice(from);
      worstByEntry = worstByEntry.slice(from);
      fixedContracts = fixedContracts.slice(from);
      contractsPerDollar = contractsPerDollar.slice(from);
    }
  }
  if (values.length < 2) {
    const why = pool.warnings.length > 0 ? `: ${pool.warnings.join('; ')}` : '';
    return fail(`the ${options.mode} pool of ${rule} has ${values.length} outcome(s); at least 2 are needed${why}`, 'sizing');
  }

  const meanBlockLength = options.meanBlockLength ?? Math.max(1, Math.round(Math.cbrt(values.length)));
  let horizon = values.length;
  if (options.horizon && 'steps' in options.horizon) horizon = options.horizon.steps;
  else if (options.horizon) {
    if (pool.stepsPerYear === null) return fail('a horizon in years needs trades spanning more than one day', 'horizon');
    horizon = Math.round(options.horizon.years * pool.stepsPerYear);
  }
  if (!(Number.isInteger(horizon) && horizon >= 1)) return fail(`horizon must be at least 1 step, got ${horizon}`, 'horizon');
  const worstCaseShare = options.worstCaseShare ?? 0;
  const ruinLevel = options.ruinLevel ?? 0.5;
  const checkpoints = options.checkpoints ?? Math.min(horizon, DEFAULT_CHECKPOINTS);
  if (!(Number.isInteger(checkpoints) && checkpoints >= 1 && checkpoints <= MAX_CHECKPOINTS)) return fail(`checkpoints must be a whole number from 1 to ${MAX_CHECKPOINTS}, got ${checkpoints}`, 'checkpoints');

  return {
    ok: true,
    warnings,
    config: {
      mode: options.mode,
      pool: values,
      startingCapital: start,
      horizon,
      paths: options.paths,
      seed: options.seed,
      resample: options.resample,
      meanBlockLength,
      worstCaseShare,
      worstByEntry,
      ruinLevel,
      checkpoints,
      rule,
      sizingConvention: pool.convention,
      sizing: { fixedContracts, contractsPerDollar },
      stepsPerYear: pool.stepsPerYear,
    },
  };
}
