/**
 * Use case: the Risk page's Monte Carlo — core's config (a pass over the log that replays
 * the chosen sizing) from the filtered trades and the page's options; the compute pool then
 * simulates it. When the workspace's daily log belongs to the trade log (usableDaily) and the
 * statistics' portfolio curve is marked to market (no strategy filter), the daily mode with
 * the log's own sizing resamples that curve's daily returns (core/stats/marked-curve,
 * returns by core/stats/daily-returns curveReturns), and the run's convention says so. A
 * workspace with a daily log and no trade log resamples the daily log's curve (./daily-only).
 */
import { buildMonteCarloConfig, type ConfigOutcome, type MonteCarloOptions } from '../montecarlo';
import { portfolioDailyReturns } from '../report/daily-returns';
import { filterTrades } from '../stats';
import type { TradeFilter } from '../stats/types';
import { dailyOnlyMonteCarloConfig, isDailyOnly } from './daily-only';
import type { WorkspaceContent } from './workspace-content';
import { workspaceStats } from './workspace-stats';

/** The marked-to-market curve's daily returns, when the statistics of `filter` use the daily log. */
function markedReturns(content: WorkspaceContent, filter: TradeFilter, options: MonteCarloOptions): number[] | undefined {
  if (options.mode !== 'daily' || (options.sizing && options.sizing.kind !== 'log') || !content.daily?.length) return undefined;
  const { portfolio } = workspaceStats(content, filter, { riskFreeRate: 0 });
  if (portfolio.drawdownSource !== 'daily-log') return undefined;
  const returns = portfolioDailyReturns(portfolio);
  return returns.length >= 2 ? returns : undefined;
}

export function monteCarloConfig(content: WorkspaceContent, filter: TradeFilter, options: MonteCarloOptions): ConfigOutcome {
  if (isDailyOnly(content)) return dailyOnlyMonteCarloConfig(content, options);
  return buildMonteCarloConfig(filterTrades(content.trades, filter), options, markedReturns(content, filter, options));
}
