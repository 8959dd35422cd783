/**
 * Curve-level statistics (SPEC-metrics §2) of a set of closed trades from a given starting
 * capital: final equity, CAGR, max drawdown, Sharpe, Sortino, Calmar and time in drawdown,
 * plus the business-day curve itself. The drawdown metrics can come from another series
 * (a daily log's Net Liquidity) when the caller supplies it.
 *
 * Ruin (SPEC §2): the first day the curve's equity — or the daily log's Net Liquidity, when it
 * supplies the drawdown — is at or below 0. Both curves stop on that date, max drawdown is
 * 100%, and CAGR, Sharpe, Sortino and Calmar are null with the reason "ruined on D". Final
 * equity stays the log's own sum (start + every trade's P/L).
 */
import type { Trade } from '../model';
import { dayNumber } from './business-days';
import type { DailyLogDrawdown } from './daily-log-drawdown';
import { measureDrawdowns } from './drawdown';
import { buildEquityCurve } from './equity-curve';
import { reasonCollector, unknown } from '../numeric/explained';
import { earlierRuin, findRuin, ruinReason } from './ruin';
import { tradePeriod } from './trade-period';
import { dailyReturns } from './daily-returns';
import { cagr, calmarRatio, sharpeRatio, sortinoRatio } from './returns-metrics';
import type { CurveStats, EquityPoint, StatsMetricId } from './types';

export interface CurveResult extends CurveStats {
  curve: EquityPoint[];
  /** The series the drawdown metrics were measured on: the daily log's points when given (up to a ruin), else `curve`. */
  drawdownCurve: EquityPoint[];
}

/**
 * Curve statistics of `closedTrades` from `startingCapital` (> 0) with an annual risk-free
 * rate; `daily` (a daily log's Net Liquidity drawdown) replaces the curve's own drawdown
 * metrics when given.
 */
export function computeCurveStats(closedTrades: Trade[], startingCapital: number, riskFreeRate: number, daily?: DailyLogDrawdown): CurveResult {
  const allDays = buildEquityCurve(closedTrades, startingCapital);
  const ruin = earlierRuin(findRuin(allDays), daily ? findRuin(daily.points) : null);
  const days = ruin === null ? allDays : allDays.filter((d) => d.date <= ruin.date);
  const own = measureDrawdowns(startingCapital, days.map((d) => d.equity));
  const dailyPoints = daily && ruin !== null ? daily.points.filter((p) => p.date <= ruin.date) : daily?.points;
  const used = daily ? measureDrawdowns(startingCapital, dailyPoints!.map((p) => p.equity)) : own;
  const finalEquity = startingCapital + closedTrades.reduce((sum, t) => sum + t.pl, 0);
  const period = tradePeriod(closedTrades);
  const { reasons, take: valueOf } = reasonCollector<StatsMetricId>();
  const ruined = ruin === null ? null : unknown(ruinReason(ruin));
  const growth = ruined ?? (period === null ? unknown('no closed trades') : cagr(startingCapital, finalEquity, dayNumber(period.last) - dayNumber(period.first)));
  const returns = dailyReturns(startingCapital, days.map((d) => d.pl));
  const noReturns = unknown('daily returns are undefined (equity before a day is not positive, or a return is not a finite number)');
  const maxDrawdown = ruin === null ? used.maxDrawdown : 1;
  const curve = days.map((d, i) => ({ date: d.date, equity: d.equity, drawdown: own.drawdowns[i] }));
  return {
    startingCapital,
    finalEquity,
    firstDate: period?.first ?? null,
    lastDate: period?.last ?? null,
    cagr: valueOf(growth, 'cagr'),
    maxDrawdown,
    sharpe: valueOf(ruined ?? (returns === null ? noReturns : sharpeRatio(returns, riskFreeRate)), 'sharpe'),
    sortino: valueOf(ruined ?? (returns === null ? noReturns : sortinoRatio(returns, riskFreeRate)), 'sortino'),
    calmar: valueOf(ruined ?? calmarRatio(growth, maxDrawdown), 'calmar'),
    timeInDrawdown: used.timeInDrawdown,
    longestDrawdownDays: used.longestDrawdownDays,
    ruin,
    nullReasons: reasons,
    curve,
    drawdownCurve: daily ? dailyPoints!.map((p, i) => ({ ...p, drawdown: used.drawdowns[i] })) : curve,
  };
}
