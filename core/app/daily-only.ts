/**
 * Use case: a workspace that holds a daily log and no trade log (issue 17). The Overview shows
 * what the curve gives — the daily log's Net Liquidity marked to market: max drawdown, CAGR,
 * Sharpe, Sortino, Calmar with the workspace's risk-free setting (core/stats dailyOnlyStats) —
 * and the Risk page's daily Monte Carlo resamples that curve's returns. Everything that needs
 * the trades says so (DAILY_ONLY_MISSING, core/montecarlo NEEDS_TRADE_LOG).
 */
import { buildDailyOnlyMonteCarloConfig } from '../montecarlo/daily-only-config';
import type { ConfigOutcome, MonteCarloOptions } from '../montecarlo';
import { curveReturns, dailyOnlyStats, type DailyOnlyStats } from '../stats';
import type { StatsOptions } from '../stats/types';
import { workspaceRiskFree } from './risk-free-setting';
import type { WorkspaceContent } from './workspace-content';

/** True when the workspace has daily-log rows and no closed trade: the daily log alone carries the curve. */
export function isDailyOnly(content: Pick<WorkspaceContent, 'trades' | 'daily'>): boolean {
  return (content.daily?.length ?? 0) > 0 && !content.trades.some((t) => t.dateClosed !== null);
}

/** The daily log's curve figures, or null when the workspace is not daily-only; throws (RangeError, in words) when the log's starting capital is not positive. */
export function workspaceDailyOnly(content: WorkspaceContent, options: StatsOptions = {}): DailyOnlyStats | null {
  if (!isDailyOnly(content)) return null;
  return dailyOnlyStats(content.daily!, workspaceRiskFree(content, options));
}

/** The daily Monte Carlo of a daily-only workspace: the marked-to-market curve's daily returns as the pool. */
export function dailyOnlyMonteCarloConfig(content: WorkspaceContent, options: MonteCarloOptions): ConfigOutcome {
  let stats: DailyOnlyStats | null;
  try {
    stats = dailyOnlyStats(content.daily ?? [], 0);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, errors: [{ field: '', message }] };
  }
  if (stats === null) return { ok: false, message: 'The workspace has no daily log rows.', errors: [{ field: '', message: 'The workspace has no daily log rows.' }] };
  const { returns } = curveReturns(stats.startingCapital, stats.curve.map((point) => point.equity));
  return buildDailyOnlyMonteCarloConfig(returns, stats.startingCapital, options);
}
