/**
 * Metrics of a replayed daily equity curve, with the core/stats functions and therefore
 * the SPEC §2 conventions: drawdown from a running peak that starts at the starting
 * capital, CAGR over calendar days from the first open to the last close, Sharpe of daily
^ * returns r_t = P/L_t / equity_{t−1} (core/stats/daily-returns) against the risk-free rate
 * (a fixed annual rate, or one daily rate per business day: the one Sharpe of core/stats,
 * excess return's own n − 1 deviation, √252), MAR = CAGR / max drawdown.
 * After a ruin (equity ≤ 0 after a close, SPEC §2 "Ruin") max drawdown is 100% and CAGR,
 * MAR and Sharpe are null with the reason "ruined on D". Every null metric has its reason.
 */
import { cagr, calmarRatio, curveReturns, measureDrawdowns, type NullReasons, type RiskFree, reasonCollector, type Ruin, ruinReason, sharpeRatio, unknown } from '../stats';
import type { ScenarioMetricId } from './types';

export interface CurveMetrics {
  drawdown: Float64Array;
  cagr: number | null;
  maxDrawdown: number;
  mar: number | null;
  sharpe: number | null;
  nullReasons: NullReasons<ScenarioMetricId>;
}

/** `ruinDay`: index in `equity` of the business day the account was ruined on (null when never). */
export function curveMetrics(equity: Float64Array, startingCapital: number, finalEquity: number, spanDays: number, riskFree: RiskFree, ruin: (Ruin & { day: number }) | null): CurveMetrics {
  const equities = Array.from(equity);
  const drawdowns = measureDrawdowns(startingCapital, equities);
  const drawdown = Float64Array.from(drawdowns.drawdowns);
  const { reasons, take: valueOf } = reasonCollector<ScenarioMetricId>();
  if (ruin !== null) {
    // Equity was at or below 0 after a close that day, even if a later close the same day lifted the end-of-day value.
    drawdown[ruin.day] = 1;
    const ruined = unknown(ruinReason(ruin));
    return { drawdown, cagr: valueOf(ruined, 'cagr'), maxDrawdown: 1, mar: valueOf(ruined, 'mar'), sharpe: valueOf(ruined, 'sharpe'), nullReasons: reasons };
  }
  const { returns: curve, complete } = curveReturns(startingCapital, equities);
  const returns = complete ? curve : null;
  const growth = cagr(startingCapital, finalEquity, spanDays);
  return {
    drawdown,
    cagr: valueOf(growth, 'cagr'),
    maxDrawdown: drawdowns.maxDrawdown,
    mar: valueOf(calmarRatio(growth, drawdowns.maxDrawdown), 'mar'),
    sharpe: valueOf(returns === null ? unknown('daily returns are undefined (a return is not a finite number)') : sharpeRatio(returns, riskFree), 'sharpe'),
    nullReasons: reasons,
  };
}
