/**
 * Builds a Monte Carlo config from trades (SPEC §5 pools):
 * - percent: per-trade return on equity before the trade, in open order:
 *   rᵢ = P/Lᵢ / (Funds at Closeᵢ − P/Lᵢ) for logs with Funds at Close (OptionOmega), else
 *   P/Lᵢ / (starting capital + P/L of the trades opened before it);
 * - dollar: P/L per contract, with contracts from a replay sizing rule at each step
 *   (estimates from the whole sample — a bootstrap has no "before");
 * - daily: daily returns r_t = P/L_t / equity_{t−1} of the log's own business-day curve.
 */
import type { Trade } from '../model';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../replay';
import { RunningEstimates } from '../replay/estimates';
import type { ReplayInput, SizingRule } from '../replay/types';
import { resolveStartingCapital } from '../stats';
import { MAX_CHECKPOINTS } from './checkpoints';
import type { DollarSizing, MonteCarloConfig, MonteCarloMode, ResampleMethod } from './types';

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
  /** Share of steps replaced by the worst outcome (0–1), default 0. */
  worstCaseShare?: number;
  /** The worst outcome: the pool's worst realized one, or a full loss of the largest margin. Default 'realized'. */
  worstCase?: 'realized' | 'margin';
  /** Ruin = equity ≤ ruinLevel · start, default 0.5. */
  ruinLevel?: number;
  checkpoints?: number;
  /** Dollar mode: the sizing rule, default fixed:1. */
  sizing?: SizingRule;
}

export type ConfigOutcome = { ok: true; config: MonteCarloConfig; warnings: string[] } | { ok: false; message: string };

interface Pool {
  values: number[];
  /** The outcome of losing the largest margin, in pool units; null without margin data. */
  marginLoss: number | null;
  stepsPerYear: number | null;
}

function tradeStepsPerYear(input: ReplayInput): number | null {
  return input.spanDays > 0 ? input.count / (input.spanDays / 365.25) : null;
}

function percentPool(input: ReplayInput, start: number): Pool {
  const withFunds = input.fundsAtClose.every(Number.isFinite);
  const values: number[] = [];
  let marginLoss: number | null = null;
  let running = start;
  for (let i = 0; i < input.count; i++) {
    const before = withFunds ? input.fundsAtClose[i] - input.pl[i] : running;
    running += input.pl[i];
    values.push(before > 0 ? input.pl[i] / before : -1);
    const margin = input.marginPerContract[i] * input.logContracts[i];
    if (margin > 0 && before > 0) marginLoss = Math.min(marginLoss ?? 0, -margin / before);
  }
  return { values, marginLoss, stepsPerYear: tradeStepsPerYear(input) };
}

function dailyPool(input: ReplayInput, start: number): Pool {
  const curve = runScenario(input, { rule: { kind: 'log' }, settings: defaultReplaySettings(start) }).equity;
  const values: number[] = [];
  let previous = start;
  for (const equity of curve) {
    if (!(previous > 0)) break;
    values.push((equity - previous) / previous);
    previous = equity;
  }
  return { values, marginLoss: null, stepsPerYear: 252 };
}

function dollarPool(input: ReplayInput): Pool {
  const values = Array.from(input.pl, (pl, i) => pl / input.logContracts[i]);
  let largestMargin = 0;
  for (const m of input.marginPerContract) if (m > largestMargin) largestMargin = m;
  return { values, marginLoss: largestMargin > 0 ? -largestMargin : null, stepsPerYear: tradeStepsPerYear(input) };
}

/** Dollar-mode contracts for a rule, from whole-sample estimates; a string explains why not. */
function dollarSizing(rule: SizingRule, input: ReplayInput, perContract: number[]): DollarSizing | string {
  const estimates = new RunningEstimates(perContract.length);
  perContract.forEach((v) => estimates.add(v));
  let marginSum = 0;
  let marginCount = 0;
  for (const m of input.marginPerContract) if (m > 0) (marginSum += m), marginCount++;
  const risk = (basis: 'avg-loss' | 'max-loss' | 'margin') =>
    basis === 'margin' ? (marginCount > 0 ? marginSum / marginCount : NaN) : basis === 'avg-loss' ? estimates.averageLoss() : estimates.losses > 0 ? estimates.largestLoss : NaN;
  switch (rule.kind) {
    case 'fixed':
      return { kind: 'fixed', contracts: rule.contracts };
    case 'log':
      return 'the log rule has no per-step size; use percent mode for a log as recorded';
    case 'vol-target':
      return 'vol-target needs a daily calendar; a trade bootstrap has none';
    case 'optimal-f': {
      const fit = estimates.optimalF();
      return fit === null ? 'optimal f is 0 for this sample (no edge or no loss)' : { kind: 'proportional', contractsPerDollar: 1 / fit.dollarsPerContract };
    }
    case 'dollar-risk':
    case 'fraction':
    case 'kelly': {
      const unit = risk(rule.basis);
      if (!(unit > 0)) return `no ${rule.basis} per contract in this sample`;
      if (rule.kind === 'dollar-risk') {
        const contracts = Math.floor(rule.amount / unit + 1e-9);
        return contracts >= 1 ? { kind: 'fixed', contracts } : `dollar risk ${rule.amount} is below one contract's ${rule.basis} (${unit.toFixed(2)})`;
      }
      const fraction = rule.kind === 'fraction' ? rule.fraction : estimates.kelly() * rule.multiplier;
      if (!(fraction > 0)) return 'Kelly is ≤ 0 for this sample (no edge)';
      return { kind: 'proportional', contractsPerDollar: fraction / unit };
    }
  }
}

export function buildMonteCarloConfig(trades: readonly Trade[], options: MonteCarloOptions): ConfigOutcome {
  const fail = (message: string): ConfigOutcome => ({ ok: false, message });
  const input = prepareReplayInput(trades);
  const warnings = [...input.warnings];
  if (input.count < 2) return fail(`Monte Carlo needs at least 2 closed trades, got ${input.count}`);
  if (!(Number.isInteger(options.paths) && options.paths >= 1 && options.paths <= MAX_PATHS)) return fail(`paths must be a whole number from 1 to ${MAX_PATHS}, got ${options.paths}`);
  if (!Number.isInteger(options.seed)) return fail(`seed must be a whole number, got ${options.seed}`);
  let start: number;
  if (options.startingCapital !== undefined) {
    if (!(options.startingCapital > 0 && Number.isFinite(options.startingCapital))) return fail(`starting capital must be a positive number, got ${options.startingCapital}`);
    start = options.startingCapital;
  } else {
    const resolved = resolveStartingCapital([...trades].filter((t) => t.dateClosed !== null));
    start = resolved.value;
    warnings.push(...resolved.warnings);
  }

  const pool = options.mode === 'percent' ? percentPool(input, start) : options.mode === 'daily' ? dailyPool(input, start) : dollarPool(input);
  let values = pool.values;
  if (options.recent !== undefined) {
    if (!(Number.isInteger(options.recent) && options.recent >= 2)) return fail(`recent window must be a whole number ≥ 2, got ${options.recent}`);
    if (options.recent < values.length) values = values.slice(values.length - options.recent);
  }
  if (values.length < 2) return fail(`the ${options.mode} pool has ${values.length} outcome(s); at least 2 are needed`);

  let sizing: DollarSizing = { kind: 'fixed', contracts: 1 };
  if (options.mode === 'dollar') {
    const resolved = dollarSizing(options.sizing ?? { kind: 'fixed', contracts: 1 }, input, pool.values);
    if (typeof resolved === 'string') return fail(`dollar mode: ${resolved}`);
    sizing = resolved;
  }

  const meanBlockLength = options.meanBlockLength ?? Math.max(1, Math.round(Math.cbrt(values.length)));
  if (!(meanBlockLength >= 1 && Number.isFinite(meanBlockLength))) return fail(`mean block length must be ≥ 1, got ${meanBlockLength}`);
  let horizon = values.length;
  if (options.horizon && 'steps' in options.horizon) horizon = options.horizon.steps;
  else if (options.horizon) {
    if (pool.stepsPerYear === null) return fail('a horizon in years needs trades spanning more than one day');
    horizon = Math.round(options.horizon.years * pool.stepsPerYear);
  }
  if (!(Number.isInteger(horizon) && horizon >= 1)) return fail(`horizon must be at least 1 step, got ${horizon}`);
  const worstCaseShare = options.worstCaseShare ?? 0;
  if (!(worstCaseShare >= 0 && worstCaseShare <= 1)) return fail(`worst-case share must be between 0 and 1, got ${worstCaseShare}`);
  let worstCaseValue = values.reduce((worst, v) => Math.min(worst, v), Infinity);
  if (options.worstCase === 'margin') {
    if (pool.marginLoss === null) return fail(`worst case "margin": no margin data for the ${options.mode} pool`);
    worstCaseValue = Math.min(worstCaseValue, pool.marginLoss);
  }
  const ruinLevel = options.ruinLevel ?? 0.5;
  if (!(ruinLevel >= 0 && ruinLevel < 1)) return fail(`ruin level must be a fraction of starting capital in [0, 1), got ${ruinLevel}`);
  const checkpoints = options.checkpoints ?? Math.min(horizon, DEFAULT_CHECKPOINTS);
  if (!(Number.isInteger(checkpoints) && checkpoints >= 1 && checkpoints <= MAX_CHECKPOINTS)) return fail(`checkpoints must be a whole number from 1 to ${MAX_CHECKPOINTS}, got ${checkpoints}`);

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
      worstCaseValue,
      ruinLevel,
      checkpoints,
      sizing,
      stepsPerYear: pool.stepsPerYear,
    },
  };
}
