/**
 * The daily log the statistics may use: only when it belongs to the trade log
 * (core/import/daily-consistency). A mismatched daily log (the MEIC daily log with the MEIC
 * trade log is a real case) is left out and the reason becomes a warning — the same for the
 * app, the CLI and the report.
 */
import { checkDailyAgainstTrades } from '../import';
import type { DailyLogRow } from '../model';
import type { WorkspaceContent } from './workspace-content';

export interface UsableDaily {
  daily?: DailyLogRow[];
  /** Why the workspace's daily log was not used. */
  warning?: string;
}

export const DAILY_MISMATCH_PREFIX = 'The daily log does not match the trade log and was not used:';

export function usableDaily(content: WorkspaceContent): UsableDaily {
  const daily = content.daily;
  if (!daily || daily.length === 0) return {};
  const check = content.dailyCheck ?? checkDailyAgainstTrades(content.trades, daily);
  if (check.consistent) return { daily };
  return { warning: `${DAILY_MISMATCH_PREFIX} ${check.problems.join(' ')}` };
}
