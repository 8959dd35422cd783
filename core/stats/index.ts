/**
 * core/stats — SPEC-metrics §1–2: trade statistics, equity curve, drawdown, CAGR, Sharpe,
 * Sortino, Calmar, streaks and time in drawdown. `computeStats` is the entry point; the
 * smaller pure functions are exported for the other core modules and for tests.
 */
export { computeStats, type ComputeStatsOptions } from './compute-stats';
export { computeTradeStats, contractsVary, CONTRACTS_VARY_FACTOR } from './trade-stats';
export { computeCurveStats, type CurveResult } from './curve-stats';
export { buildEquityCurve, type CurveDay } from './equity-curve';
export { measureDrawdowns, type DrawdownSummary } from './drawdown';
export { dailyLogDrawdown, type DailyLogDrawdown } from './daily-log-drawdown';
export { cagr, calmarRatio, excessReturns, periodSharpe, type RiskFree, sharpeRatio, sortinoRatio, TRADING_DAYS_PER_YEAR } from './returns-metrics';
export { curveReturns, type CurveReturns, dailyReturns } from './daily-returns';
export { resolveStartingCapital, DEFAULT_STARTING_CAPITAL, type StartingCapital } from './starting-capital';
export { END_OF_DAY_SECONDS, secondsOfDay } from './time-of-day';
export { longestStreaks, type Streaks } from './streaks';
export { filterTrades, filterByOpenDate, filterByStrategy } from './filter';
export { businessDayOnOrBefore, businessDaysBetween, CalendarSpanError, checkCalendarSpan, dayNumber, isoDate, MAX_CALENDAR_DAYS } from './business-days';
export { type Explained, guardedRatio, known, RATIO_EPSILON, reasonCollector, reasonNumber, safeMean, SMALLEST_NORMAL, unknown } from '../numeric/explained';
export { earlierRuin, findRuin, ruinReason } from './ruin';
export type * from './types';
export { historicalDailyRates, parseDtb3, type RateQuote, type RateSeries, riskFreeForDates, type RiskFreeUsed } from './risk-free';
export { markedToMarketCurve, type MarkedDay } from './marked-curve';
export { dailyOnlyStats, DAILY_ONLY_MISSING, type DailyOnlyStats } from './daily-only';
export { DEFAULT_VIX_QUANTILES, MAX_VIX_BUCKETS, type VixBucket, type VixBucketing, type VixBuckets, vixBucketIndex, vixBuckets, vixEdgesProblem } from './vix-buckets';
