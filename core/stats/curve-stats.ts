/**
 * Curve-level statistics (SPEC-metrics §2) of a set of closed trades from a given starting
 * capital: final equity, CAGR, max drawdown, Sharpe, Sortino, Calmar and time in drawdown,
 * plus the business-day curve itself. The drawdown metrics can come from another series
 * (a daily log's Net Liquidity) when the caller supplies it.
 */
import type { Trade } from '../model';
import { dayNumber } from './business-days';
import { type DrawdownSummary, measureDrawdowns } from './drawdown';
import { buildEquityCurve } from './equity-curve';
import { tradePeriod } from './trade-period';
import { cagr, calmarRatio, dailyReturns, sharpeRatio, sortinoRatio } from './returns-metrics';
import type { CurveStats, EquityPoint } from './types';

export interface CurveResult extends CurveStats {
  curve: EquityPoint[];
}

/**
 * Curve statistics of `closedTrades` from `startingCapital` (> 0) with an annual risk-free
 * rate; `drawdown` replaces the curve's own drawdown metrics when given.
 */
export function computeCurveStats(closedTrades: Trade[], startingCapital: number, riskFreeRate: number, drawdown?: DrawdownSummary): CurveResult {
  const days = buildEquityCurve(closedTrades, startingCapital);
  const own = measureDrawdowns(startingCapital, days.map((d) => d.equity));
  const used = drawdown ?? own;
  const finalEquity = startingCapital + closedTrades.reduce((sum, t) => sum + t.pl, 0);
  const period = tradePeriod(closedTrades);
  const growth = period === null ? null : cagr(startingCapital, finalEquity, dayNumber(period.last) - dayNumber(period.first));
  const returns = dailyReturns(startingCapital, days.map((d) => d.pl));
  return {
    startingCapital,
    finalEquity,
    firstDate: period?.first ?? null,
    lastDate: period?.last ?? null,
    cagr: growth,
    maxDrawdown: used.maxDrawdown,
    sharpe: returns === null ? null : sharpeRatio(returns, riskFreeRate),
    sortino: returns === null ? null : sortinoRatio(returns, riskFreeRate),
    calmar: calmarRatio(growth, used.maxDrawdown),
    timeInDrawdown: used.timeInDrawdown,
    longestDrawdownDays: used.longestDrawdownDays,
    curve: days.map((d, i) => ({ date: d.date, equity: d.equity, drawdown: own.drawdowns[i] })),
  };
}
