/**
 * Return-based metrics of an equity curve (SPEC-metrics §2), each a value or null with its
 * reason (./explained):
 * - CAGR = (final / start)^(365.25 / days) − 1, days = last close − first open (calendar days);
 *   null when days ≤ 0, when final equity is not positive (SPEC "Ruin": the caller names the
 *   ruin date) or when annualizing overflows (e.g. 8× in one day).
 * - Daily return r_t = P/L_t / equity_{t−1} on the business-day curve (equity_0 = starting
 *   capital, days without closes have r = 0). Undefined once equity reaches 0 or below.
 * - Sharpe = mean(r − rf_d) / sd(r − rf_d, n − 1) · √252 (Sharpe 1994: the excess return's own
 *   deviation; with a fixed rate it equals sd(r)); null with fewer than 2 days or sd = 0.
 * - Sortino = mean(r − rf_d) / √(mean(min(r − rf_d, 0)²)) · √252, the mean over ALL days;
 *   null without a day below rf_d.
 * - rf_d = annual risk-free rate / 252, or each day's own rate (a historical series,
 *   ./risk-free): `riskFree` is an annual rate (number) or the daily rates, one per return.
 * - Calmar (MAR) = CAGR / max drawdown; null when CAGR is null or the drawdown is 0.
 * Every division goes through `guardedRatio`: a denominator that is subnormal or below 10⁻⁹ of
 * its numerator gives null with the reason, never a 300-digit ratio or Infinity. Deviations
 * are computed scaled by their largest term when the plain sum of squares under- or overflows.
 */
import { type Explained, guardedRatio, known, reasonNumber, safeMean, unknown } from '../numeric/explained';

export const TRADING_DAYS_PER_YEAR = 252;
const DAYS_PER_YEAR = 365.25;

/** Compound annual growth rate over `calendarDays`. */
export function cagr(start: number, final: number, calendarDays: number): Explained {
  if (!(calendarDays > 0)) return unknown('the trades span less than a calendar day');
  if (!(start > 0)) return unknown('the starting capital is not positive');
  if (!(final > 0)) return unknown(`final equity ${final.toFixed(2)} is not positive`);
  const multiple = guardedRatio(final, start, 'the starting capital', 0);
  if (multiple.value === null) return multiple;
  const growth = multiple.value ** (DAYS_PER_YEAR / calendarDays) - 1;
  return Number.isFinite(growth) ? known(growth) : unknown(`annualizing a ×${reasonNumber(multiple.value)} growth over ${calendarDays} calendar day${calendarDays === 1 ? '' : 's'} overflows`);
}

/** √(Σ dᵢ² / divisor), rescaled by the largest |dᵢ| when the plain sum under- or overflows; 0 when every dᵢ is 0. */
function rootMeanSquare(deviations: number[], divisor: number): number {
  let sum = 0;
  let largest = 0;
  for (let i = 0; i < deviations.length; i++) {
    const d = deviations[i];
    sum += d * d;
    largest = Math.max(largest, Math.abs(d));
  }
  if (largest === 0) return 0;
  if (sum > 0 && Number.isFinite(sum)) return Math.sqrt(sum / divisor);
  let scaled = 0;
  for (let i = 0; i < deviations.length; i++) scaled += (deviations[i] / largest) ** 2;
  return largest * Math.sqrt(scaled / divisor);
}

/** An annual rate (number) or the daily rates rf_d, one per daily return. */
export type RiskFree = number | readonly number[];

/**
 * r − rf_d per period: a fixed annual rate is divided by `periodsPerYear` (252 for daily
 * returns); daily rates (a historical series) are taken one per return.
 */
export function excessReturns(returns: readonly number[], riskFree: RiskFree, periodsPerYear = TRADING_DAYS_PER_YEAR): number[] {
  if (typeof riskFree === 'number') return returns.map((r) => r - riskFree / periodsPerYear);
  if (riskFree.length !== returns.length) throw new RangeError(`${riskFree.length} daily risk-free rates for ${returns.length} daily returns`);
  return returns.map((r, i) => r - riskFree[i]);
}

/**
 * The one Sharpe ratio, per period (not annualized): mean(x) / sd(x, n − 1) of the excess
 * returns x = r − rf (Sharpe 1994). The statistics, Replay and realism (PSR, DSR, MinTRL)
 * all use it, so every page measures the same ratio against the same rate.
 */
export function periodSharpe(excess: readonly number[]): Explained {
  const n = excess.length;
  if (n < 2) return unknown(n === 0 ? 'no daily returns' : 'only one daily return: a deviation needs two');
  const m = safeMean(excess);
  const sd = rootMeanSquare(excess.map((x) => x - m), n - 1);
  if (sd === 0) return unknown('the daily returns do not vary (deviation 0)');
  return guardedRatio(m, sd, 'the deviation of daily returns');
}

/** Annualized Sharpe ratio of daily returns against the risk-free rate, on the excess return's own deviation. */
export function sharpeRatio(returns: number[], riskFree: RiskFree = 0): Explained {
  const ratio = periodSharpe(excessReturns(returns, riskFree));
  return ratio.value === null ? ratio : known(ratio.value * Math.sqrt(TRADING_DAYS_PER_YEAR));
}

/** Annualized Sortino ratio of daily returns (downside deviation over all days). */
export function sortinoRatio(returns: number[], riskFree: RiskFree = 0): Explained {
  if (returns.length === 0) return unknown('no daily returns');
  const excess = excessReturns(returns, riskFree);
  const downside = rootMeanSquare(excess.map((x) => Math.min(x, 0)), excess.length);
  if (downside === 0) return unknown('no day with a return below the risk-free rate (downside deviation 0)');
  const ratio = guardedRatio(safeMean(excess), downside, 'the downside deviation');
  return ratio.value === null ? ratio : known(ratio.value * Math.sqrt(TRADING_DAYS_PER_YEAR));
}

/** CAGR / max drawdown. */
export function calmarRatio(growth: Explained, maxDrawdown: number): Explained {
  if (growth.value === null) return unknown(`CAGR is undefined (${growth.reason})`);
  if (!(maxDrawdown > 0)) return unknown('no drawdown (max drawdown 0)');
  return guardedRatio(growth.value, maxDrawdown, 'the max drawdown');
}
