/**
 * A daily log with no trade log (SPEC-metrics §2, issue 17): still usable for the portfolio
 * curve. Starting capital = first Net Liquidity − first day's P/L; the curve is Net Liquidity
 * marked to market on business days from the first to the last daily date (./marked-curve,
 * withdrawals are not losses); max drawdown, CAGR (days = last − first date), Sharpe, Sortino
 * and Calmar from it, with the risk-free rate as computeStats takes it. What needs the trades
 * is named in `missing`. Ruin as in ./ruin: the first day Net Liquidity is ≤ 0.
 */
import type { DailyLogRow } from '../model';
import { dayNumber } from './business-days';
import { measureDrawdowns } from './drawdown';
import { reasonCollector, unknown } from '../numeric/explained';
import { markedToMarketCurve } from './marked-curve';
import { type RateSeries, riskFreeForDates, type RiskFreeUsed } from './risk-free';
import { findRuin, ruinReason } from './ruin';
import { cagr, calmarRatio, sharpeRatio, sortinoRatio } from './returns-metrics';
import type { EquityPoint, NullReasons, Ruin, StatsMetricId } from './types';

export const DAILY_ONLY_MISSING =
  'No trade log: the curve is the daily log\'s Net Liquidity (marked to market); trade statistics (win rate, payoff, profit factor), Kelly, per-strategy figures, margin use, the closed-trade drawdown and the replay need the trade log.';

export interface DailyOnlyStats {
  startingCapital: number;
  firstDate: string;
  lastDate: string;
  finalNetLiquidity: number;
  maxDrawdown: number;
  cagr: number | null;
  sharpe: number | null;
  sortino: number | null;
  calmar: number | null;
  ruin: Ruin | null;
  curve: EquityPoint[];
  riskFree: RiskFreeUsed;
  nullReasons: NullReasons<StatsMetricId>;
  missing: string;
}

/** Null when the log has no rows or its starting capital is not positive (the reason is then thrown as a RangeError). */
export function dailyOnlyStats(daily: DailyLogRow[], riskFree: number | RateSeries = 0): DailyOnlyStats | null {
  if (daily.length === 0) return null;
  const rows = [...daily].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const start = rows[0].netLiquidity - rows[0].pl;
  if (!(start > 0)) throw new RangeError(`The daily log's starting capital (first Net Liquidity ${rows[0].netLiquidity} − first P/L ${rows[0].pl}, row dated ${rows[0].date}) is not positive.`);
  const first = rows[0].date;
  const last = rows[rows.length - 1].date;
  const all = markedToMarketCurve(rows, start, first, last);
  const ruin = findRuin(all.map((m) => ({ date: m.date, equity: m.netLiquidity })));
  const days = ruin === null ? all : all.filter((m) => m.date <= ruin.date);
  const dd = measureDrawdowns(start, days.map((m) => m.equity));
  const { reasons, take } = reasonCollector<StatsMetricId>();
  const ruined = ruin === null ? null : unknown(ruinReason(ruin));
  const growth = ruined ?? cagr(start, all[all.length - 1].equity, dayNumber(last) - dayNumber(first));
  const returns = days.some((m) => m.return === null) ? null : days.map((m) => m.return as number);
  const { rf, used: riskFreeUsed } = riskFreeForDates(riskFree, days.map((m) => m.date));
  const noReturns = unknown('daily returns are undefined (Net Liquidity before a day is not positive)');
  const maxDrawdown = ruin === null ? dd.maxDrawdown : 1;
  return {
    startingCapital: start,
    firstDate: first,
    lastDate: last,
    finalNetLiquidity: rows[rows.length - 1].netLiquidity,
    maxDrawdown,
    cagr: take(growth, 'cagr'),
    sharpe: take(ruined ?? (returns === null ? noReturns : sharpeRatio(returns, rf)), 'sharpe'),
    sortino: take(ruined ?? (returns === null ? noReturns : sortinoRatio(returns, rf)), 'sortino'),
    calmar: take(ruined ?? calmarRatio(growth, maxDrawdown), 'calmar'),
    ruin,
    curve: days.map((m, i) => ({ date: m.date, equity: m.equity, drawdown: dd.drawdowns[i] })),
    riskFree: riskFreeUsed,
    nullReasons: reasons,
    missing: DAILY_ONLY_MISSING,
  };
}
