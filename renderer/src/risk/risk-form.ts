/**
 * The Risk page's settings as the user edits them, and their translation into core's
 * MonteCarloOptions. Empty optional fields mean core's defaults (mean block length
 * round(n^(1/3)), horizon = pool size, the log's starting capital).
 */
import type { MonteCarloMode, MonteCarloOptions, ResampleMethod, WorstCaseBasis } from '../../../core/montecarlo';
import type { SizingRule } from '../../../core/replay';

export interface RiskForm {
  mode: MonteCarloMode;
  resample: ResampleMethod;
  meanBlockLength: number | null;
  horizon: { unit: 'trades' | 'years'; value: number } | null;
  recent: number | null;
  worstCaseShare: number;
  worstCase: WorstCaseBasis;
  ruinLevel: number;
  seed: number;
  paths: number;
  startingCapital: number | null;
}

export const DEFAULT_RISK_FORM: RiskForm = {
  mode: 'percent',
  resample: 'block',
  meanBlockLength: null,
  horizon: null,
  recent: null,
  worstCaseShare: 0,
  worstCase: 'all',
  ruinLevel: 0.5,
  seed: 1,
  paths: 10_000,
  startingCapital: null,
};

/** Fan-chart checkpoints kept per path are bounded so paths × checkpoints stays under this (Float32: 100 MB). */
export const CHECKPOINT_VALUE_BUDGET = 25_000_000;
const MAX_FAN_CHECKPOINTS = 250;
const MIN_FAN_CHECKPOINTS = 10;

/** Checkpoints for a run: up to 250 (core caps them at the horizon), fewer for very many paths so memory stays bounded. */
export function fanCheckpoints(paths: number): number {
  const byBudget = Math.max(MIN_FAN_CHECKPOINTS, Math.floor(CHECKPOINT_VALUE_BUDGET / Math.max(1, paths)));
  return Math.min(MAX_FAN_CHECKPOINTS, byBudget);
}

/** Core options; `sizing` applies in every mode (core/montecarlo/pools.ts: how each mode simulates a rule). */
export function monteCarloOptions(form: RiskForm, sizing: SizingRule): MonteCarloOptions {
  const options: MonteCarloOptions = {
    mode: form.mode,
    resample: form.resample,
    paths: form.paths,
    seed: form.seed,
    worstCaseShare: form.worstCaseShare,
    worstCase: form.worstCase,
    ruinLevel: form.ruinLevel,
    checkpoints: fanCheckpoints(form.paths),
    sizing,
  };
  if (form.meanBlockLength !== null) options.meanBlockLength = form.meanBlockLength;
  if (form.horizon !== null) options.horizon = form.horizon.unit === 'trades' ? { steps: form.horizon.value } : { years: form.horizon.value };
  if (form.recent !== null) options.recent = form.recent;
  if (form.startingCapital !== null) options.startingCapital = form.startingCapital;
  return options;
}
