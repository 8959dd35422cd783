/**
 * Curve-level statistics (SPEC-metrics §2) of a set of closed trades from a given starting
 * capital: final equity, CAGR, max drawdown, Sharpe, Sortino, Calmar and time in drawdown,
 * plus the business-day curve itself. With a marked-to-market curve (a daily log's Net
 * Liquidity that belongs, ./marked-curve) the drawdown, CAGR, Sharpe, Sortino and Calmar come
 * from it; the closed-trade max drawdown is always reported beside (`maxDrawdownClosedTrades`).
 * The risk-free rate is a fixed annual rate or a historical series (./risk-free), applied on
 * the dates of the returns.
 *
 * Ruin (SPEC §2): the first day the curve's equity — or the daily log's Net Liquidity, when it
 * supplies the curve — is at or below 0. Both curves stop on that date, max drawdown is
 * 100%, and CAGR, Sharpe, Sortino and Calmar are null with the reason "ruined on D". Final
 * equity stays the log's own sum (start + every trade's P/L).
 */
import type { Trade } from '../model';
import { dayNumber } from './business-days';
import { measureDrawdowns } from './drawdown';
import { buildEquityCurve } from './equity-curve';
import { reasonCollector, unknown } from '../numeric/explained';
import type { MarkedDay } from './marked-curve';
import { type RateSeries, riskFreeForDates, type RiskFreeUsed } from './risk-free';
import { earlierRuin, findRuin, ruinReason } from './ruin';
import { tradePeriod } from './trade-period';
import { dailyReturns } from './daily-returns';
import { cagr, calmarRatio, sharpeRatio, sortinoRatio } from './returns-metrics';
import type { CurveStats, EquityPoint, StatsMetricId } from './types';

export interface CurveResult extends CurveStats {
  curve: EquityPoint[];
  /** The series the drawdown, returns and CAGR were measured on: the marked-to-market curve when given (up to a ruin), else `curve`. */
  drawdownCurve: EquityPoint[];
  maxDrawdownClosedTrades: number;
  riskFree: RiskFreeUsed;
}

/**
 * Curve statistics of `closedTrades` from `startingCapital` (> 0) with a risk-free rate (annual
 * decimal, or a historical series); `marked` (the marked-to-market curve of a daily log that
 * belongs) replaces the curve the drawdown, returns and CAGR are measured on when given.
 */
export function computeCurveStats(closedTrades: Trade[], startingCapital: number, riskFree: number | RateSeries, marked?: MarkedDay[]): CurveResult {
  const allDays = buildEquityCurve(closedTrades, startingCapital);
  const tradeRuin = findRuin(allDays);
  const ruin = earlierRuin(tradeRuin, marked ? findRuin(marked.map((m) => ({ date: m.date, equity: m.netLiquidity }))) : null);
  const days = ruin === null ? allDays : allDays.filter((d) => d.date <= ruin.date);
  const own = measureDrawdowns(startingCapital, days.map((d) => d.equity));
  const markedDays = marked && ruin !== null ? marked.filter((m) => m.date <= ruin.date) : marked;
  const used = markedDays ? measureDrawdowns(startingCapital, markedDays.map((m) => m.equity)) : own;
  const finalEquity = startingCapital + closedTrades.reduce((sum, t) => sum + t.pl, 0);
  const growthFinal = marked && marked.length > 0 ? marked[marked.length - 1].equity : finalEquity;
  const period = tradePeriod(closedTrades);
  const { reasons, take: valueOf } = reasonCollector<StatsMetricId>();
  const ruined = ruin === null ? null : unknown(ruinReason(ruin));
  const growth = ruined ?? (period === null ? unknown('no closed trades') : cagr(startingCapital, growthFinal, dayNumber(period.last) - dayNumber(period.first)));
  const returns = markedDays
    ? markedDays.some((m) => m.return === null) ? null : markedDays.map((m) => m.return as number)
    : dailyReturns(startingCapital, days.map((d) => d.pl));
  const { rf, used: riskFreeUsed } = riskFreeForDates(riskFree, (markedDays ?? days).map((d) => d.date));
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
    maxDrawdownClosedTrades: tradeRuin === null ? own.maxDrawdown : 1,
    sharpe: valueOf(ruined ?? (returns === null ? noReturns : sharpeRatio(returns, rf)), 'sharpe'),
    sortino: valueOf(ruined ?? (returns === null ? noReturns : sortinoRatio(returns, rf)), 'sortino'),
    calmar: valueOf(ruined ?? calmarRatio(growth, maxDrawdown), 'calmar'),
    timeInDrawdown: used.timeInDrawdown,
    longestDrawdownDays: used.longestDrawdownDays,
    ruin,
    nullReasons: reasons,
    riskFree: riskFreeUsed,
    curve,
    drawdownCurve: markedDays ? markedDays.map((m, i) => ({ date: m.date, equity: m.equity, drawdown: used.drawdowns[i] })) : curve,
  };
}
