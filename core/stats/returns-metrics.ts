/**
 * Return-based metrics of an equity curve (SPEC-metrics §2):
 * - CAGR = (final / start)^(365.25 / days) − 1, days = last close − first open (calendar days);
 *   null when days ≤ 0 or when annualizing overflows (e.g. 8× in one day); −1 (everything
 *   lost) when final ≤ 0.
 * - Daily return r_t = P/L_t / equity_{t−1} on the business-day curve (equity_0 = starting
 *   capital, days without closes have r = 0). Undefined once equity reaches 0 or below.
 * - Sharpe = mean(r − rf_d) / sd(r, n − 1) · √252; null with fewer than 2 days or sd = 0.
 * - Sortino = mean(r − rf_d) / √(mean(min(r − rf_d, 0)²)) · √252, the mean over ALL days;
 *   null without a day below rf_d.
 * - rf_d = annual risk-free rate / 252.
 * - Calmar (MAR) = CAGR / max drawdown; null when either is null or the drawdown is 0.
 */

export const TRADING_DAYS_PER_YEAR = 252;
const DAYS_PER_YEAR = 365.25;

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Compound annual growth rate over `calendarDays`. */
export function cagr(start: number, final: number, calendarDays: number): number | null {
  if (!(calendarDays > 0) || !(start > 0)) return null;
  if (final <= 0) return -1;
  const growth = (final / start) ** (DAYS_PER_YEAR / calendarDays) - 1;
  return Number.isFinite(growth) ? growth : null;
}

/** r_t = P/L_t / equity_{t−1} for a curve of daily P/L; null when equity before some day is ≤ 0. */
export function dailyReturns(startingCapital: number, dailyPl: number[]): number[] | null {
  let equity = startingCapital;
  const returns: number[] = [];
  for (const pl of dailyPl) {
    if (!(equity > 0)) return null;
    returns.push(pl / equity);
    equity += pl;
  }
  return returns;
}

/** Annualized Sharpe ratio of daily returns against an annual risk-free rate. */
export function sharpeRatio(returns: number[], annualRiskFree = 0): number | null {
  const n = returns.length;
  if (n < 2) return null;
  const m = mean(returns);
  const sd = Math.sqrt(returns.reduce((sum, r) => sum + (r - m) ** 2, 0) / (n - 1));
  if (!(sd > 0)) return null;
  return ((m - annualRiskFree / TRADING_DAYS_PER_YEAR) / sd) * Math.sqrt(TRADING_DAYS_PER_YEAR);
}

/** Annualized Sortino ratio of daily returns (downside deviation over all days). */
export function sortinoRatio(returns: number[], annualRiskFree = 0): number | null {
  if (returns.length === 0) return null;
  const excess = returns.map((r) => r - annualRiskFree / TRADING_DAYS_PER_YEAR);
  const downside = Math.sqrt(mean(excess.map((x) => Math.min(x, 0) ** 2)));
  if (!(downside > 0)) return null;
  return (mean(excess) / downside) * Math.sqrt(TRADING_DAYS_PER_YEAR);
}

/** CAGR / max drawdown. */
export function calmarRatio(cagrValue: number | null, maxDrawdown: number | null): number | null {
  if (cagrValue === null || maxDrawdown === null || !(maxDrawdown > 0)) return null;
  return cagrValue / maxDrawdown;
}
