/**
 * The workspace's risk-free setting (SPEC §2): a fixed 0% a year, or each day's 3-month
 * T-bill rate (the bundled DTB3 series). One record per workspace, read by every use case
 * that computes a Sharpe or Sortino from the portfolio curve (statistics, realism, the
 * report and `sizewise report` of a workspace), so the same choice is used everywhere.
 * core never reads files: the caller puts the parsed series in the content
 * (WorkspaceContent.rateSeries) when the setting is historical.
 */
import { z } from 'zod';
import type { RateSeries } from '../stats/risk-free';
import type { StatsOptions } from '../stats/types';
import type { WorkspaceContent } from './workspace-content';

export type RiskFreeSource = 'fixed' | 'historical';

export interface RiskFreeSetting {
  source: RiskFreeSource;
}

export const DEFAULT_RISK_FREE_SETTING: RiskFreeSetting = { source: 'fixed' };

/** Key of the record in the workspace settings (per portfolio fingerprint). */
export const RISK_FREE_SETTING_KEY = 'risk-free';

const storedRiskFreeSetting = z.object({
  source: z.enum(['fixed', 'historical']).catch(DEFAULT_RISK_FREE_SETTING.source),
});

/** A record read from the workspace, checked (zod): anything malformed falls back to the fixed rate. */
export function restoreRiskFreeSetting(stored: unknown): RiskFreeSetting {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_RISK_FREE_SETTING;
  return storedRiskFreeSetting.parse(stored);
}

/** Is the saved setting historical (the caller then loads the DTB3 series into the content)? */
export function wantsRateSeries(stored: unknown): boolean {
  return restoreRiskFreeSetting(stored).source === 'historical';
}

/**
 * The stats options of the workspace's setting; explicit options (a CLI flag) win. A
 * historical setting without a series in the content falls back to the fixed rate, and the
 * report then states the fixed rate it used (RiskFreeUsed).
 */
export function riskFreeOptions(content: Partial<WorkspaceContent>, options: StatsOptions = {}): StatsOptions {
  if (options.riskFreeSeries !== undefined || options.riskFreeRate !== undefined) return options;
  if (restoreRiskFreeSetting(content.riskFreeSetting).source === 'historical' && content.rateSeries) return { ...options, riskFreeSeries: content.rateSeries };
  return options;
}

/** The rate of the workspace's setting (explicit options win) as realism and Replay take it: an annual rate, or the DTB3 series. */
export function workspaceRiskFree(content: Partial<WorkspaceContent>, options: StatsOptions = {}): number | RateSeries {
  const chosen = riskFreeOptions(content, options);
  return chosen.riskFreeSeries ?? chosen.riskFreeRate ?? 0;
}
