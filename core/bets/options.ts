/**
 * Options of a bets run (the flags of `sizewise bets`), their defaults and validation.
 * Money in account currency; fractions as decimals (0.25 = 25%).
 */
import type { FieldError } from '../numeric/field-error';

export type BetsAllocation = 'score' | 'kelly';

export interface BetsOptions {
  /** Rolling window in settled days (default 30). */
  window?: number;
  /** EWMA half-life in settled days (default 7). */
  halfLife?: number;
  /** Beta prior a = b: 1 uniform (default) or 2 "conservative". */
  prior?: 1 | 2;
  /** Credible level of the hit-rate interval (default 0.9). */
  credibleLevel?: number;
  /** Configured cap on the run budget, dollars. */
  budget?: number | null;
  /** Available cash, dollars (also the Kelly bankroll when given). */
  cash?: number | null;
  /** Fraction of the cash a run may use (default 0.25). */
  balanceFraction?: number;
  /** Per-group bounds of the budget share (defaults 0.05 and 0.4). */
  min?: number;
  max?: number;
  /** 'score' (default): SPEC §6 score; 'kelly': the group-level growth-optimal fractions. */
  allocation?: BetsAllocation;
  /** Kelly fraction applied to each bet (default 0.25). */
  kellyFraction?: number;
  /** Dollar cap per bet (default none). */
  perBetCap?: number | null;
  /** Fee per contract for candidates without one (default 0). */
  feePerContract?: number;
  /** Forced-trade cap in dollars (default 2); 0 turns the forced trade off. */
  forceCap?: number;
  /** Clamp of the score's Sharpe-like term (defaults 0.01 and 1). */
  sharpeLow?: number;
  sharpeHigh?: number;
  /** Bets with a model probability needed for the calibration term (default 10). */
  minCalibrationBets?: number;
  /** Drift test: family α (default 0.05) and settled days needed on each side (default 5). */
  driftAlpha?: number;
  minDriftDays?: number;
  /** Pseudo-bets of P/L 0 added to the score's shrunk P/L (default 10). */
  plPriorBets?: number;
  /** Evaluate as of this date (ISO; later bets are ignored); default the log's last date. */
  asOf?: string | null;
}

export type ResolvedBetsOptions = Required<Omit<BetsOptions, 'budget' | 'cash' | 'perBetCap' | 'asOf'>> & {
  budget: number | null;
  cash: number | null;
  perBetCap: number | null;
  asOf: string | null;
};

/** The run budget's defaults when neither a cap nor the cash is given (the example): $500 cap, $2,000 cash. */
export const BETS_DEFAULT_BUDGET = 500;
export const BETS_DEFAULT_CASH = 2000;

export const BETS_DEFAULTS = {
  window: 30,
  halfLife: 7,
  prior: 1,
  credibleLevel: 0.9,
  balanceFraction: 0.25,
  min: 0.05,
  max: 0.4,
  allocation: 'score',
  kellyFraction: 0.25,
  feePerContract: 0,
  forceCap: 2,
  sharpeLow: 0.01,
  sharpeHigh: 1,
  minCalibrationBets: 10,
  driftAlpha: 0.05,
  minDriftDays: 5,
  plPriorBets: 10,
} as const;

export function resolveBetsOptions(options: BetsOptions): ResolvedBetsOptions {
  return {
    ...BETS_DEFAULTS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    budget: options.budget ?? null,
    cash: options.cash ?? null,
    perBetCap: options.perBetCap ?? null,
    asOf: options.asOf ?? null,
  } as ResolvedBetsOptions;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Field-level problems of the options (empty when valid). */
export function validateBetsOptions(options: BetsOptions): FieldError[] {
  const o = resolveBetsOptions(options);
  const errors: FieldError[] = [];
  const check = (field: string, ok: boolean, message: string) => {
    if (!ok) errors.push({ field, message });
  };
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  check('window', Number.isInteger(o.window) && o.window >= 1, 'The window must be a whole number of settled days, at least 1.');
  check('halfLife', finite(o.halfLife) && o.halfLife > 0, 'The half-life must be a positive number of settled days.');
  check('prior', o.prior === 1 || o.prior === 2, 'The prior must be 1 (uniform) or 2 (conservative).');
  check('credibleLevel', finite(o.credibleLevel) && o.credibleLevel > 0 && o.credibleLevel < 1, 'The credible level must be between 0 and 1 (e.g. 0.9).');
  check('budget', o.budget === null || (finite(o.budget) && o.budget >= 0), 'The budget cap must be a number of dollars, 0 or more.');
  check('cash', o.cash === null || (finite(o.cash) && o.cash >= 0), 'The cash must be a number of dollars, 0 or more.');
  check('budget', o.budget !== null || o.cash !== null, 'Give a budget cap or the available cash (or both).');
  check('balanceFraction', finite(o.balanceFraction) && o.balanceFraction > 0 && o.balanceFraction <= 1, 'The balance fraction must be above 0 and at most 1.');
  check('min', finite(o.min) && o.min >= 0 && o.min <= 1, 'The minimum share must be between 0 and 1.');
  check('max', finite(o.max) && o.max > 0 && o.max <= 1, 'The maximum share must be above 0 and at most 1.');
  check('max', !(finite(o.min) && finite(o.max)) || o.min <= o.max, 'The maximum share must not be below the minimum.');
  check('allocation', o.allocation === 'score' || o.allocation === 'kelly', 'The allocation must be "score" or "kelly".');
  check('kellyFraction', finite(o.kellyFraction) && o.kellyFraction >= 0 && o.kellyFraction <= 1, 'The Kelly fraction must be between 0 and 1.');
  check('perBetCap', o.perBetCap === null || (finite(o.perBetCap) && o.perBetCap > 0), 'The per-bet cap must be a positive number of dollars.');
  check('feePerContract', finite(o.feePerContract) && o.feePerContract >= 0 && o.feePerContract < 1, 'The fee per contract must be at least 0 and below 1 dollar.');
  check('forceCap', finite(o.forceCap) && o.forceCap >= 0, 'The forced-trade cap must be a number of dollars, 0 or more (0 turns it off).');
  check('sharpeLow', finite(o.sharpeLow) && o.sharpeLow > 0, 'The Sharpe clamp’s lower end must be above 0 (the score must stay positive).');
  check('sharpeHigh', finite(o.sharpeHigh) && o.sharpeHigh >= o.sharpeLow, 'The Sharpe clamp’s upper end must not be below its lower end.');
  check('minCalibrationBets', Number.isInteger(o.minCalibrationBets) && o.minCalibrationBets >= 1, 'The bets needed for the calibration term must be a whole number, at least 1.');
  check('driftAlpha', finite(o.driftAlpha) && o.driftAlpha > 0 && o.driftAlpha < 1, 'The drift test’s α must be between 0 and 1.');
  check('minDriftDays', Number.isInteger(o.minDriftDays) && o.minDriftDays >= 2, 'The settled days needed on each side of the drift test must be a whole number, at least 2.');
  check('plPriorBets', Number.isInteger(o.plPriorBets) && o.plPriorBets >= 0, 'The pseudo-bets of the shrunk P/L must be a whole number, 0 or more.');
  check('asOf', o.asOf === null || ISO_DATE.test(o.asOf), 'The as-of date must be YYYY-MM-DD.');
  return errors;
}
