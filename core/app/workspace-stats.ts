/**
 * Use case: the statistics of a workspace (Overview page, `sizewise stats` of a workspace, the
 * report). All trades plus the filter (computeStats applies it, resolving the starting
 * capital on the date-filtered portfolio) and the daily log only when it matches the trades;
 * a mismatch is the first warning. The risk-free rate is the workspace's setting unless the
 * options give one.
 */
import { computeStats } from '../stats';
import type { StatsOptions, StatsReport, TradeFilter } from '../stats/types';
import { riskFreeOptions } from './risk-free-setting';
import { usableDaily } from './usable-daily';
import type { WorkspaceContent } from './workspace-content';

export function workspaceStats(content: WorkspaceContent, filter: TradeFilter = {}, options: StatsOptions = {}): StatsReport {
  const { daily, warning } = usableDaily(content);
  const report = computeStats(content.trades, { ...riskFreeOptions(content, options), daily, filter });
  if (warning) report.warnings.unshift(warning);
  return report;
}
