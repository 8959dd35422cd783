/**
 * The trade filter applied before any statistic (TradeFilter): a list of strategy names
 * and an inclusive from/to range on the DATE OPENED. An empty or absent strategy list keeps
 * every strategy.
 */
import type { Trade } from '../model';
import type { TradeFilter } from './types';

/** Trades opened within [from, to] (inclusive ISO dates; either bound optional). */
export function filterByOpenDate(trades: Trade[], filter: TradeFilter = {}): Trade[] {
  const { from, to } = filter;
  return trades.filter((t) => (from === undefined || t.dateOpened >= from) && (to === undefined || t.dateOpened <= to));
}

/** Trades of the listed strategies (all trades when the list is absent or empty). */
export function filterByStrategy(trades: Trade[], filter: TradeFilter = {}): Trade[] {
  const names = filter.strategies;
  if (!names || names.length === 0) return trades;
  const wanted = new Set(names);
  return trades.filter((t) => wanted.has(t.strategy));
}

/** Both filters: strategies and open-date range. */
export function filterTrades(trades: Trade[], filter: TradeFilter = {}): Trade[] {
  return filterByStrategy(filterByOpenDate(trades, filter), filter);
}

/** True when the filter narrows the strategies. */
export function hasStrategyFilter(filter: TradeFilter = {}): boolean {
  return (filter.strategies?.length ?? 0) > 0;
}
