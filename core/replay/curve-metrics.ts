/**
 * Metrics of a replayed daily equity curve, with the core/stats functions and therefore
 * the SPEC §2 conventions: drawdown from a running peak that starts at the starting
 * capital, CAGR over calendar days from the first open to the last close, Sharpe of daily
 * returns r_t = P/L_t / equity_{t−1} (n − 1 deviation, √252), MAR = CAGR / max drawdown.
 */
import { cagr, calmarRatio, dailyReturns, measureDrawdowns, sharpeRatio } from '../stats';

export interface CurveMetrics {
  drawdown: Float64Array;
  cagr: number | null;
  maxDrawdown: number;
  mar: number | null;
  sharpe: number | null;
}

export function curveMetrics(equity: Float64Array, startingCapital: number, finalEquity: number, spanDays: number, riskFreeRate: number): CurveMetrics {
  const equities = Array.from(equity);
  const drawdowns = measureDrawdowns(startingCapital, equities);
  const dailyPl = equities.map((value, t) => value - (t === 0 ? startingCapital : equities[t - 1]));
  const returns = dailyReturns(startingCapital, dailyPl);
  const growth = cagr(startingCapital, finalEquity, spanDays);
  return {
    drawdown: Float64Array.from(drawdowns.drawdowns),
    cagr: growth,
    maxDrawdown: drawdowns.maxDrawdown,
    mar: calmarRatio(growth, drawdowns.maxDrawdown),
    sharpe: returns === null ? null : sharpeRatio(returns, riskFreeRate),
  };
}
