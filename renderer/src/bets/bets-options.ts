/**
 * The Bets page's run settings: the form's values (a field the user emptied is null), their
 * defaults (core/bets BETS_DEFAULTS and the run budget's $500 cap / $2,000 cash, the same as
 * `sizewise bets`), and the request sent to the data worker. Checking happens in the worker
 * (core/bets validateBetsOptions); its field errors come back by option name.
 */
import { BETS_DEFAULTS, BETS_DEFAULT_BUDGET, BETS_DEFAULT_CASH, type BetsAllocation, type BetsOptions } from '../../../core/bets/options';

export interface BetsForm {
  window: number | null;
  halfLife: number | null;
  prior: 1 | 2;
  budget: number | null;
  cash: number | null;
  balanceFraction: number | null;
  min: number | null;
  max: number | null;
  allocation: BetsAllocation;
  kellyFraction: number | null;
  perBetCap: number | null;
  forceCap: number | null;
}

export const DEFAULT_BETS_FORM: BetsForm = {
  window: BETS_DEFAULTS.window,
  halfLife: BETS_DEFAULTS.halfLife,
  prior: BETS_DEFAULTS.prior,
  budget: BETS_DEFAULT_BUDGET,
  cash: BETS_DEFAULT_CASH,
  balanceFraction: BETS_DEFAULTS.balanceFraction,
  min: BETS_DEFAULTS.min,
  max: BETS_DEFAULTS.max,
  allocation: BETS_DEFAULTS.allocation,
  kellyFraction: BETS_DEFAULTS.kellyFraction,
  perBetCap: null,
  forceCap: BETS_DEFAULTS.forceCap,
};

/** Field → the message shown when it is empty (every field but the caps needs a value). */
const REQUIRED: Partial<Record<keyof BetsForm, string>> = {
  window: 'Enter the window in settled days.',
  halfLife: 'Enter the half-life in settled days.',
  balanceFraction: 'Enter the balance fraction.',
  min: 'Enter the minimum share.',
  max: 'Enter the maximum share.',
  kellyFraction: 'Enter the Kelly fraction.',
  forceCap: 'Enter the forced-trade cap (0 turns it off).',
};

/** Empty required fields, by field. */
export function missingFields(form: BetsForm): Partial<Record<keyof BetsForm, string>> {
  const missing: Partial<Record<keyof BetsForm, string>> = {};
  for (const [field, message] of Object.entries(REQUIRED) as [keyof BetsForm, string][]) if (form[field] === null) missing[field] = message;
  if (form.budget === null && form.cash === null) missing.budget = 'Give a budget cap or the available cash (or both).';
  return missing;
}

/** The worker request (call only when missingFields is empty). */
export function betsRequest(form: BetsForm): BetsOptions {
  return {
    window: form.window ?? undefined,
    halfLife: form.halfLife ?? undefined,
    prior: form.prior,
    budget: form.budget,
    cash: form.cash,
    balanceFraction: form.balanceFraction ?? undefined,
    min: form.min ?? undefined,
    max: form.max ?? undefined,
    allocation: form.allocation,
    kellyFraction: form.kellyFraction ?? undefined,
    perBetCap: form.perBetCap,
    forceCap: form.forceCap ?? undefined,
  };
}

/** A saved run's form, back from its stored JSON (anything unexpected falls back to the default). */
export function formOfSavedRun(value: unknown): BetsForm {
  const stored = (value && typeof value === 'object' && 'form' in value ? (value as { form: unknown }).form : null) as Record<string, unknown> | null;
  if (!stored) return DEFAULT_BETS_FORM;
  const form: BetsForm = { ...DEFAULT_BETS_FORM };
  for (const key of Object.keys(DEFAULT_BETS_FORM) as (keyof BetsForm)[]) {
    const v = stored[key];
    if (key === 'prior') form.prior = v === 2 ? 2 : 1;
    else if (key === 'allocation') form.allocation = v === 'kelly' ? 'kelly' : 'score';
    else if (v === null || (typeof v === 'number' && Number.isFinite(v))) (form as unknown as Record<string, number | null>)[key] = v;
  }
  return form;
}
