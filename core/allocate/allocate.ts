/**
 * The allocation of issue 19 in one call: prepare the columns and the shared calendar, fit the
 * chosen method on the whole calendar, and add what the Allocate page and the report show — the
 * covariance used, the correlation matrix with shared days, the efficient frontier with every
 * weight method's point, and (when asked) the walk-forward evaluation. Inputs that cannot be
 * allocated (no shared dates, fewer than 2 periods, a non-finite value, kelly-margin on price
 * series) return `ok: false` with the message; degenerate but usable inputs return a stated
 * fallback in `messages`.
 */
import type { FieldError } from '../numeric';
import { periodsPerYear } from './calendar';
import { correlationMatrix, type CorrelationBasis, type CorrelationMethod, type CorrelationResult } from './correlation';
import { estimateCovariance, type ShrinkageTarget } from './covariance';
import { prepareAllocation, type AllocationData } from './data';
import { efficientFrontier, type FrontierPoint } from './frontier';
import { KELLY_MARGIN_NEEDS_TRADES, runMethod } from './run-method';
import type { AllocationMethod, AllocationOptions, AllocationSource, CovarianceKind, MethodResult } from './types';
import { walkForward, type WalkForwardOptions, type WalkForwardResult } from './walk-forward';
import type { InputSpan } from './calendar';

export const DEFAULT_ALLOCATION_OPTIONS: Omit<AllocationOptions, 'capital'> = {
  method: 'equal', fraction: 1, min: 0, max: 1, ceiling: 1, covariance: 'ledoit-wolf', period: 'daily', minContracts: 0, maxContracts: Infinity,
};

export interface AllocationRequest {
  sources: readonly AllocationSource[];
  options: AllocationOptions;
  walkForward?: WalkForwardOptions;
  /** Methods the walk-forward evaluates (default: the chosen method). */
  walkForwardMethods?: AllocationMethod[];
  correlation?: { method: CorrelationMethod; basis: CorrelationBasis };
}

export interface AllocationReport {
  ok: true;
  window: { from: string; to: string; days: number; periods: number; period: AllocationOptions['period'] };
  spans: InputSpan[];
  names: string[];
  /** How a strategy's return is made, in words. */
  basis: string;
  covariance: { kind: CovarianceKind; target: ShrinkageTarget | null; shrinkage: number; convention: string };
  result: MethodResult;
  correlation: CorrelationResult;
  frontier: FrontierPoint[];
  /** Each weight method's point on the risk/return plane (kelly-margin only when it is the method). */
  methodPoints: { method: AllocationMethod; expectedReturn: number; volatility: number }[];
  walkForward: WalkForwardResult | null;
  messages: string[];
}

export type AllocationOutcome = AllocationReport | { ok: false; message: string };

export function validateAllocationOptions(o: AllocationOptions): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: string, ok: boolean, message: string) => {
    if (!ok) errors.push({ field, message });
  };
  check('fraction', o.fraction > 0 && o.fraction <= 2, 'must be above 0 and at most 2');
  check('ceiling', o.ceiling > 0 && o.ceiling <= 100, 'must be above 0 and at most 100');
  check('capital', o.capital > 0 && o.capital <= 1e15, 'must be above 0 and at most 1e15');
  check('min', o.min >= -10 && o.min <= o.max, 'must be between −10 and the maximum weight');
  check('max', o.max > 0 && o.max <= 100, 'must be above 0 and at most 100');
  check('minContracts', o.minContracts >= 0 && o.minContracts <= o.maxContracts, 'must be ≥ 0 and at most the maximum contracts');
  check('maxContracts', o.maxContracts > 0, 'must be above 0');
  return errors;
}

const WEIGHT_METHODS: AllocationMethod[] = ['equal', 'inverse-vol', 'risk-parity', 'min-variance', 'max-sharpe', 'kelly', 'kelly-gaussian'];

function checkData(data: AllocationData, method: AllocationMethod): string | null {
  if (data.calendar.empty !== null) return data.calendar.empty;
  if (data.calendar.dates.length < 2) return `The shared calendar has ${data.calendar.dates.length} period (${data.calendar.from} to ${data.calendar.to}): at least 2 are needed to estimate anything.`;
  for (let i = 0; i < data.names.length; i++) {
    const bad = data.calendar.returns[i].findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) return `${data.names[i]}: the value on ${data.calendar.dates[bad]} is not a finite number.`;
  }
  if (method === 'kelly-margin' && data.timeline === null) return KELLY_MARGIN_NEEDS_TRADES;
  return null;
}

/** `onProgress` receives walk-forward fits done out of the total (folds × methods, equal-weight baseline included). */
export function allocate(request: AllocationRequest, onProgress?: (done: number, total: number) => void): AllocationOutcome {
  const { options } = request;
  const data = prepareAllocation(request.sources, options.period, options.capital);
  const problem = checkData(data, options.method);
  if (problem !== null) return { ok: false, message: problem };
  const { calendar, names } = data;
  const fitted = runMethod(data, options);
  const cov = estimateCovariance(options.covariance, calendar.returns);
  const ppy = periodsPerYear(calendar.period);
  const messages = [...fitted.result.messages];
  const identical: string[] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (calendar.returns[i].every((v, t) => v === calendar.returns[j][t])) identical.push(`${names[i]} and ${names[j]}`);
  if (identical.length > 0) messages.push(`Identical series on the calendar: ${identical.join('; ')}. Their split is arbitrary.`);
  const constant = names.filter((_, i) => calendar.returns[i].every((v) => v === calendar.returns[i][0]));
  if (constant.length > 0) messages.push(`Constant on the calendar (no closes or no price change): ${constant.join(', ')}.`);
  const methodPoints = [...WEIGHT_METHODS, ...(options.method === 'kelly-margin' ? ['kelly-margin' as const] : [])].map((m) => {
    const r = m === options.method ? fitted.result : runMethod(data, options, m).result;
    return { method: m, expectedReturn: r.expectedReturn, volatility: r.volatility };
  });
  const strategies = data.assets.filter((a) => a.kind === 'strategy');
  const marginBasis = request.sources.some((s) => s.kind === 'trades' && s.marginBasis !== undefined);
  const basis = strategies.length === 0
    ? 'Assets: simple returns of Adj Close (or the return column as given).'
    : marginBasis
      ? `A strategy's return on a day is the P/L of its trades closing that day ÷ its own peak historical margin in use (${strategies.map((a) => `${a.name} ${a.capitalBasis.toLocaleString('en-US', { maximumFractionDigits: 0 })}`).join(', ')}); days without closes count as 0.`
      : `A strategy's return on a day is the P/L of its trades closing that day ÷ its log's starting capital (${[...new Set(strategies.map((a) => a.capitalBasis))].map((c) => c.toLocaleString('en-US')).join(', ')}); days without closes count as 0.`;
  return {
    ok: true,
    window: { from: calendar.from, to: calendar.to, days: calendar.businessDays, periods: calendar.dates.length, period: calendar.period },
    spans: calendar.spans,
    names,
    basis,
    covariance: { kind: cov.kind, target: cov.target, shrinkage: cov.shrinkage, convention: cov.convention },
    result: fitted.result,
    correlation: correlationMatrix(calendar, names, request.correlation?.method ?? 'pearson', request.correlation?.basis ?? 'returns'),
    frontier: efficientFrontier(cov.matrix, cov.mean, names, options.min, options.max, options.ceiling, ppy),
    methodPoints,
    walkForward: request.walkForward ? walkForward(data, options, request.walkForwardMethods ?? [options.method], request.walkForward, onProgress) : null,
    messages,
  };
}

/** The correlation panel alone (`sizewise correlation`): null calendar → the message. */
export function correlationOnly(sources: readonly AllocationSource[], period: AllocationOptions['period'], method: CorrelationMethod, basis: CorrelationBasis): ({ ok: true; window: AllocationReport['window']; correlation: CorrelationResult }) | { ok: false; message: string } {
  const data = prepareAllocation(sources, period, 1);
  if (data.calendar.empty !== null) return { ok: false, message: data.calendar.empty };
  const c = data.calendar;
  return { ok: true, window: { from: c.from, to: c.to, days: c.businessDays, periods: c.dates.length, period }, correlation: correlationMatrix(c, data.names, method, basis) };
}
