/**
 * computeStats: the whole SPEC-metrics §1–2 report for a trade list — portfolio and
 * per-strategy trade statistics and curves, with the conventions used and warnings.
 *
 * Order of work:
 * 1. Trades are put in trade order (sortTrades); still-open trades are left out (their
 *    P/L is not realized) with a warning.
 * 2. The date filter (on date opened) is applied; the starting capital is resolved on that
 *    set (all strategies) — from the user, the daily log restricted to the selected period,
 *    or Funds at Close of the first trade to close.
 * 3. The strategy filter is applied; the portfolio curve uses only the selected trades and
 *    starts from that starting capital. Each strategy's curve also starts from it.
 * 4. The portfolio curve is the daily log's marked-to-market Net Liquidity (./marked-curve:
 *    drawdown, CAGR, Sharpe, Sortino, Calmar) only when the starting capital came from the
 *    daily log (the caller passes only a daily log that belongs, core/import
 *    daily-consistency) and no strategy filter is active; otherwise the closed-trade curve.
 *    The closed-trade max drawdown is always reported beside it.
 * 5. Ruin (SPEC §2): a curve whose equity reaches 0 or below stops on that date, with max
 *    drawdown 100% and CAGR, Sharpe, Sortino and Calmar null, "ruined on D" (curve-stats);
 *    `portfolio.ruin` carries it (every view shows it), a strategy's own ruin is also a warning.
 * 6. On a compounding log (contract counts over the period vary more than 2×) each strategy's
 *    curve compounds its trades' returns on the account's equity before each trade from the
 *    starting capital (./strategy-curve, `curveBasis` 'account-returns'), not its dollars.
 */
import { sortTrades } from '../import';
import type { DailyLogRow, Trade } from '../model';
import { computeCurveStats } from './curve-stats';
import { dailyRowsBetween } from './daily-log-drawdown';
import { markedToMarketCurve } from './marked-curve';
import type { RateSeries } from './risk-free';
import { filterByOpenDate, filterByStrategy, hasStrategyFilter } from './filter';
import { resolveStartingCapital } from './starting-capital';
import { tradePeriod } from './trade-period';
import { compoundedTrades, returnsOnAccountEquity } from './strategy-curve';
import { CONTRACTS_VARY_FACTOR, computeTradeStats, contractRange, contractsVary } from './trade-stats';
import type { StatsOptions, StatsReport, StrategyStats, TradeFilter } from './types';

export type ComputeStatsOptions = StatsOptions & { daily?: DailyLogRow[]; filter?: TradeFilter };

/** Daily-log rows covering the date-filtered trades (the whole log when no date filter is set). */
function dailyForPeriod(daily: DailyLogRow[] | undefined, trades: Trade[], filter: TradeFilter): DailyLogRow[] | undefined {
  if (!daily || daily.length === 0) return undefined;
  if (filter.from === undefined && filter.to === undefined) return daily;
  const period = tradePeriod(trades);
  return period === null ? undefined : dailyRowsBetween(daily, period.first, period.last);
}

function contractsWarning(name: string, trades: Trade[]): string {
  const range = contractRange(trades)!;
  return `${name}: contract counts vary more than ${CONTRACTS_VARY_FACTOR}× (${range.min} to ${range.max}), so Kelly on raw P/L is not meaningful; use the per-contract or margin basis.`;
}

/** A strategy's statistics; `returns` (a compounding log) puts its curve on its returns on the account's equity (./strategy-curve). */
function strategyStats(name: string, trades: Trade[], startingCapital: number, riskFree: number | RateSeries, returns: Map<Trade, number> | null): StrategyStats {
  const tradeStats = computeTradeStats(trades);
  const curveTrades = returns ? compoundedTrades(trades, returns, startingCapital) : trades;
  const { drawdownCurve: _, maxDrawdownClosedTrades: _closed, riskFree: _rf, ...curve } = computeCurveStats(curveTrades, startingCapital, riskFree);
  return { name, ...tradeStats, ...curve, curveBasis: returns ? 'account-returns' : 'pl', nullReasons: { ...tradeStats.nullReasons, ...curve.nullReasons } };
}

/** Refuses P/L whose magnitudes add up beyond the largest double (±1.8e308): no sum or curve of them is a number. */
function checkSummable(trades: Trade[]): void {
  let magnitude = 0;
  for (let i = 0; i < trades.length; i++) magnitude += Math.abs(trades[i].pl);
  if (!Number.isFinite(magnitude)) throw new RangeError('The trades\' P/L values are too large to add up (their magnitudes sum beyond 1.8e308): check the P/L column.');
}

/** Statistics of `trades` under `options` (filter, daily log, starting capital override, risk-free rate). */
export function computeStats(trades: Trade[], options: ComputeStatsOptions = {}): StatsReport {
  const { filter = {}, daily, startingCapital: override } = options;
  const warnings: string[] = [];
  let riskFreeRate = options.riskFreeRate ?? 0;
  if (!Number.isFinite(riskFreeRate)) {
    warnings.push(`Risk-free rate ${riskFreeRate} is not a number; 0 was used.`);
    riskFreeRate = 0;
  }

  const ordered = sortTrades(trades);
  const closed = ordered.filter((t) => t.dateClosed !== null);
  if (closed.length < ordered.length) {
    warnings.push(`${ordered.length - closed.length} open trade(s) left out: P/L counts only once a trade has closed.`);
  }
  const inPeriod = filterByOpenDate(closed, filter);
  const selected = filterByStrategy(inPeriod, filter);
  const periodDaily = dailyForPeriod(daily, inPeriod, filter);
  if (daily && daily.length > 0 && (!periodDaily || periodDaily.length === 0)) {
    warnings.push('The daily log has no rows in the selected period; it was not used.');
  }

  const capital = resolveStartingCapital(inPeriod, { override, daily: periodDaily });
  warnings.push(...capital.warnings);

  checkSummable(selected);
  const useDailyDrawdown = capital.source === 'daily-log' && !hasStrategyFilter(filter);
  if (capital.source === 'daily-log' && hasStrategyFilter(filter)) {
    warnings.push('Strategy filter: the curve (drawdown, CAGR, Sharpe) is built from the selected strategies\' own trades, on closed trades; the daily log is portfolio-wide, so it is not marked to market here.');
  }
  const period = tradePeriod(selected);
  const marked = useDailyDrawdown && period ? markedToMarketCurve(periodDaily!, capital.value, period.first, period.last) : undefined;
  const riskFree = options.riskFreeSeries ?? riskFreeRate;
  if (options.riskFreeSeries) riskFreeRate = 0;
  const { drawdownCurve, maxDrawdownClosedTrades, riskFree: riskFreeUsed, ...curve } = computeCurveStats(selected, capital.value, riskFree, marked);
  const tradeStats = computeTradeStats(selected);

  const byStrategy = new Map<string, Trade[]>();
  for (let i = 0; i < selected.length; i++) {
    const t = selected[i];
    const list = byStrategy.get(t.strategy);
    if (list) list.push(t);
    else byStrategy.set(t.strategy, [t]);
  }
  if (tradeStats.contractsVary && byStrategy.size > 1) warnings.push(contractsWarning('Portfolio', selected));
  // A compounding log (contracts vary more than 2× over the period's trades): each strategy's curve compounds its returns on the account's equity.
  const accountReturns = contractsVary(inPeriod) ? returnsOnAccountEquity(inPeriod, capital.value) : null;
  const strategies = [...byStrategy.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((name) => strategyStats(name, byStrategy.get(name)!, capital.value, riskFree, accountReturns));
  for (const s of strategies) if (s.contractsVary) warnings.push(contractsWarning(`"${s.name}"`, byStrategy.get(s.name)!));

  for (const s of strategies) if (s.ruin) warnings.push(`"${s.name}" alone (from the same starting capital) is ruined on ${s.ruin.date}: equity ${s.ruin.equity.toFixed(2)}.`);

  return {
    portfolio: {
      ...tradeStats,
      ...curve,
      nullReasons: { ...tradeStats.nullReasons, ...curve.nullReasons },
      drawdownCurve,
      startingCapitalSource: capital.source,
      drawdownSource: useDailyDrawdown ? 'daily-log' : 'trades',
      riskFreeRate,
      riskFree: riskFreeUsed,
      maxDrawdownClosedTrades,
      heldOvernight: selected.some((t) => t.dateClosed !== null && t.dateClosed > t.dateOpened),
    },
    strategies,
    warnings,
  };
}
