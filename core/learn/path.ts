/**
 * Out-of-sample path figures (issue 13 "Acceptance gates"): the day's return is
 * Σᵢ wᵢ,t·rᵢ,t − c·Σᵢ|wᵢ,t − wᵢ,t−1| (c = cost bps ÷ 10,000, weights rebalanced daily to the
 * stated weights; drift between rebalances is not charged), compounded from 1. Figures: CAGR
 * over the calendar days from the first to the last day (365.25-day years), max drawdown (peak
 * from 1), Calmar = CAGR ÷ max drawdown (null without a drawdown), average monthly P/L =
 * (final equity − 1) ÷ (calendar days × 12 ÷ 365.25) per 1 unit of starting capital, turnover
 * Σ|Δw| per 252 business days.
 */
import { calendarDaysBetween, compoundedDrawdown, figures } from '../allocate/portfolio-metrics';
import { turnover } from './grid';
import type { PathFigures } from './types';

export interface NetPath {
  returns: Float64Array;
  turnover: number;
}

/** Net daily returns of weights[j] held on day from + j, starting from `start` the day before. */
export function netReturns(legReturns: readonly Float64Array[], from: number, weights: readonly (readonly number[])[], start: readonly number[], costBps: number): NetPath {
  const c = costBps / 10_000;
  const out = new Float64Array(weights.length);
  let prev = start;
  let total = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j];
    let r = 0;
    for (let i = 0; i < w.length; i++) r += w[i] * legReturns[i][from + j];
    const to = turnover(w, prev);
    total += to;
    out[j] = r - c * to;
    prev = w;
  }
  return { returns: out, turnover: total };
}

export function pathFigures(returns: Float64Array, fromDate: string, toDate: string, totalTurnover: number): PathFigures {
  const days = calendarDaysBetween(fromDate, toDate);
  const f = figures(returns, days, 252);
  const { final } = compoundedDrawdown(returns);
  return {
    avgMonthlyPl: (final - 1) / ((days * 12) / 365.25),
    cagr: f.cagr,
    maxDrawdown: f.maxDrawdown,
    calmar: f.cagr !== null && f.maxDrawdown > 0 ? f.cagr / f.maxDrawdown : null,
    turnover: returns.length > 0 ? (totalTurnover * 252) / returns.length : 0,
  };
}

/** Compounded return and max drawdown of a stretch of net returns. */
export function stretch(returns: Float64Array): { return: number; maxDrawdown: number } {
  const { maxDrawdown, final } = compoundedDrawdown(returns);
  return { return: final - 1, maxDrawdown };
}
