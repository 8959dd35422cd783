/**
 * What every method reports for its weights x on columns aₜ (returns, or P/L per contract ÷ C
 * for kelly-margin) over periods [from, to): the portfolio return rₜ = Σ xᵢ aᵢₜ; expected return
 * and volatility annualized (mean × periods per year, sd(n − 1) × √periods per year); expected log
 * growth = mean ln(1 + rₜ) per period (null when a period loses everything); equity compounds
 * Π(1 + rₜ) from 1; max drawdown with the peak starting at 1 (SPEC §2); Sharpe (rf 0) and CAGR
 * over the calendar days of the window (365.25-day years). Per asset: the share of variance
 * xᵢ(Σx)ᵢ / xᵀΣx, the marginal risk (Σx)ᵢ/σ, and Sharpe, max drawdown and CAGR with and without it
 * (its weight set to 0, the others unchanged).
 */
import { dayNumber } from '../stats';
import { meanLogGrowth } from './log-growth';
import type { MarginalContribution } from './types';

export interface PortfolioFigures {
  expectedReturn: number;
  volatility: number;
  expectedLogGrowth: number | null;
  maxDrawdown: number;
  sharpe: number | null;
  cagr: number | null;
}

export interface PortfolioMetrics extends PortfolioFigures {
  riskContribution: (number | null)[];
  marginalRisk: (number | null)[];
  marginal: MarginalContribution[];
}

export interface MetricsWindow {
  columns: readonly ArrayLike<number>[];
  from: number;
  to: number;
  /** Calendar days the window spans (for CAGR). */
  calendarDays: number;
  periodsPerYear: number;
}

export function portfolioReturns(columns: readonly ArrayLike<number>[], x: readonly number[], from: number, to: number): Float64Array {
  const r = new Float64Array(to - from);
  for (let i = 0; i < columns.length; i++) {
    if (x[i] === 0) continue;
    const c = columns[i];
    for (let t = from; t < to; t++) r[t - from] += x[i] * c[t];
  }
  return r;
}

/** Max drawdown of Π(1 + rₜ) with the peak starting at 1; a curve at or below 0 is a drawdown of 1. */
export function compoundedDrawdown(r: ArrayLike<number>): { maxDrawdown: number; final: number } {
  let equity = 1;
  let peak = 1;
  let maxDrawdown = 0;
  for (let t = 0; t < r.length; t++) {
    equity *= 1 + r[t];
    if (equity <= 0) return { maxDrawdown: 1, final: 0 };
    if (equity > peak) peak = equity;
    maxDrawdown = Math.max(maxDrawdown, (peak - equity) / peak);
  }
  return { maxDrawdown, final: equity };
}

export function figures(r: ArrayLike<number>, calendarDays: number, periodsPerYear: number): PortfolioFigures {
  const n = r.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += r[t];
  mean = n > 0 ? mean / n : 0;
  let ss = 0;
  let logSum = 0;
  let ruined = false;
  for (let t = 0; t < n; t++) {
    ss += (r[t] - mean) ** 2;
    if (1 + r[t] > 0) logSum += Math.log(1 + r[t]);
    else ruined = true;
  }
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const { maxDrawdown, final } = compoundedDrawdown(r);
  const sharpe = sd > 1e-15 && Math.abs(mean) / sd < 1e9 ? (mean / sd) * Math.sqrt(periodsPerYear) : null;
  const cagr = final > 0 && calendarDays > 0 ? final ** (365.25 / calendarDays) - 1 : null;
  return {
    expectedReturn: mean * periodsPerYear,
    volatility: sd * Math.sqrt(periodsPerYear),
    expectedLogGrowth: ruined || n === 0 ? null : logSum / n,
    maxDrawdown,
    sharpe: sharpe !== null && Number.isFinite(sharpe) ? sharpe : null,
    cagr: cagr !== null && Number.isFinite(cagr) ? cagr : null,
  };
}

export function portfolioMetrics(window: MetricsWindow, x: readonly number[], cov: readonly (readonly number[])[]): PortfolioMetrics {
  const { columns, from, to, calendarDays, periodsPerYear } = window;
  const r = portfolioReturns(columns, x, from, to);
  const base = figures(r, calendarDays, periodsPerYear);
  const N = x.length;
  const sigmaX = cov.map((row) => row.reduce((s, v, j) => s + v * x[j], 0));
  const variance = x.reduce((s, v, i) => s + v * sigmaX[i], 0);
  const sd = Math.sqrt(Math.max(0, variance));
  const riskContribution = x.map((v, i) => (variance > 1e-300 ? (v * sigmaX[i]) / variance : null));
  const marginalRisk = sigmaX.map((v) => (sd > 1e-150 ? v / sd : null));
  const marginal: MarginalContribution[] = [];
  for (let i = 0; i < N; i++) {
    const without = r.slice();
    if (x[i] !== 0) for (let t = from; t < to; t++) without[t - from] -= x[i] * columns[i][t];
    const w = figures(without, calendarDays, periodsPerYear);
    marginal.push({ sharpeWith: base.sharpe, sharpeWithout: w.sharpe, maxDrawdownWith: base.maxDrawdown, maxDrawdownWithout: w.maxDrawdown, cagrWith: base.cagr, cagrWithout: w.cagr });
  }
  return { ...base, expectedLogGrowth: base.expectedLogGrowth === null ? null : meanLogGrowth(columns, x, to - from, from, to), riskContribution, marginalRisk, marginal };
}

/** Calendar days between two ISO dates (at least 1). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.max(1, dayNumber(to) - dayNumber(from));
}
