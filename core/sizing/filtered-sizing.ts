/**
 * The Sizing page's analyses for a workspace trade filter, as the data worker runs them:
 * sizing (analyzeSizing) and edge realism (assessRealism) of the trades a TradeFilter
 * selects, with the starting capital and the equity history resolved exactly as the
 * statistics resolve them (computeStats with the same filter and daily log).
 * - capital null → the detected starting capital of the filtered period;
 * - realism runs on the business-day returns r = P/L of the day ÷ equity of the previous
 *   business day of the portfolio curve (or of one strategy's curve, which starts from the
 *   portfolio's starting capital), annualized with 252 days, against the statistics' risk-free
 *   rate (the one Sharpe of SPEC §2: excess return over its own deviation).
 */
import { assessRealism, type RealismReport } from '../realism';
import type { DailyLogRow, Trade } from '../model';
import { computeStats, curveReturns, filterTrades, type RateSeries, riskFreeForDates, ruinReason } from '../stats';
import type { StartingCapitalSource, TradeFilter } from '../stats/types';
import { analyzeSizing, validateSizingOptions, type KellyOf, type SizingOptions, type SizingReport } from './analyze';
import type { FieldError } from '../numeric/field-error';
import type { KellyBasis, RiskBasis } from './risk-basis';

/** Sizing settings of the page; null capital = detected starting capital, null basis = per strategy default. */
export interface SizingRequest {
  capital: number | null;
  fraction: number;
  cap: number;
  multipliers: Record<string, number>;
  basis: KellyBasis | null;
  riskBasis: RiskBasis | null;
  /** Margin need at the busiest moment ÷ capital ceiling; null = none (lifted). */
  marginCeiling: number | null;
  /** Broker margin multiplier (default 1). */
  marginMultiplier?: number;
  /** Worst-loss share of capital (default 0.2); null = none. */
  lossShare?: number | null;
  /** Largest total of applied fractions (default 1); null = none. */
  totalFraction?: number | null;
  /** What the fraction multiplies (default the growth-optimal fraction). */
  kellyOf?: KellyOf;
}

export type SizingAnalysis =
  | { ok: true; report: SizingReport; detectedCapital: number; detectedCapitalSource: StartingCapitalSource }
  | { ok: false; errors: FieldError[] };

export interface RealismRequest {
  /** Strategy variants tried (Deflated Sharpe), a whole number ≥ 1. */
  trials: number;
  /** One strategy's curve instead of the portfolio's. */
  strategy?: string;
}

export type RealismAnalysis =
  | { ok: true; report: RealismReport; series: string; firstDate: string | null; lastDate: string | null; trialsNote?: string | null }
  | { ok: false; errors: FieldError[] };

const NO_TRADES: FieldError = { field: 'filter', message: 'No trades match the current filter.' };

export function sizeFiltered(trades: Trade[], daily: DailyLogRow[] | undefined, filter: TradeFilter, request: SizingRequest): SizingAnalysis {
  const selected = filterTrades(trades, filter);
  if (!selected.some((t) => t.dateClosed !== null)) return { ok: false, errors: [NO_TRADES] };
  const portfolio = computeStats(trades, { daily, filter }).portfolio;
  const options: SizingOptions = {
    capital: request.capital ?? portfolio.startingCapital,
    fraction: request.fraction,
    cap: request.cap,
    multipliers: request.multipliers,
    basis: request.basis ?? undefined,
    riskBasis: request.riskBasis ?? undefined,
    marginCeiling: request.marginCeiling,
    marginMultiplier: request.marginMultiplier,
    lossShare: request.lossShare,
    totalFraction: request.totalFraction,
    kellyOf: request.kellyOf,
    history: { curve: portfolio.curve, startingCapital: portfolio.startingCapital },
  };
  const errors = validateSizingOptions(options);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, report: analyzeSizing(selected, options), detectedCapital: portfolio.startingCapital, detectedCapitalSource: portfolio.startingCapitalSource };
}

/** `riskFree`: the statistics' rate (annual decimal, or the DTB3 series), so realism's Sharpe is the statistics' Sharpe. */
export function realismFiltered(trades: Trade[], daily: DailyLogRow[] | undefined, filter: TradeFilter, request: RealismRequest, riskFree: number | RateSeries = 0): RealismAnalysis {
  if (!Number.isInteger(request.trials) || request.trials < 1) return { ok: false, errors: [{ field: 'trials', message: 'The number of variants tried must be a whole number, 1 or more.' }] };
  const report = computeStats(trades, typeof riskFree === 'number' ? { daily, filter, riskFreeRate: riskFree } : { daily, filter, riskFreeSeries: riskFree });
  const { portfolio } = report;
  if (portfolio.trades === 0) return { ok: false, errors: [NO_TRADES] };
  const strategy = request.strategy === undefined ? null : report.strategies.find((s) => s.name === request.strategy);
  if (strategy === undefined) return { ok: false, errors: [{ field: 'strategy', message: `No strategy "${request.strategy}" in the current filter.` }] };
  const source = strategy ?? portfolio;
  if (source.ruin) {
    return { ok: false, errors: [{ field: 'strategy', message: `The account was ${ruinReason(source.ruin)}; daily returns end there, so the Sharpe statistics are undefined.` }] };
  }
  // The portfolio's returns come from the curve in use: Net Liquidity when the daily log belongs (SPEC §2).
  const points = strategy ? strategy.curve : portfolio.drawdownCurve;
  const curve = curveReturns(portfolio.startingCapital, points.map((point) => point.equity));
  const returns = curve.complete ? curve.returns : null;
  if (returns === null) return { ok: false, errors: [{ field: 'strategy', message: 'Equity falls to zero or below, so daily returns are undefined.' }] };
  return {
    ok: true,
    report: assessRealism(returns, { trials: request.trials, periodName: 'business day', riskFree: riskFreeForDates(riskFree, points.map((point) => point.date)) }),
    series: strategy?.name ?? 'Portfolio',
    firstDate: source.curve[0]?.date ?? null,
    lastDate: source.curve.at(-1)?.date ?? null,
  };
}
