/**
 * Drawdown from an OptionOmega daily log (SPEC-metrics §2): recomputed from `Net Liquidity`
 * row by row, the peak starting at the starting capital; the exported `Drawdown %` column
 * is never used. Rows are taken in date order.
 */
import type { DailyLogRow } from '../model';
import { type DrawdownSummary, measureDrawdowns } from './drawdown';
import type { EquityPoint } from './types';

export interface DailyLogDrawdown {
  summary: DrawdownSummary;
  points: EquityPoint[];
}

/** Rows dated within [first, last] (inclusive ISO dates). */
export function dailyRowsBetween(daily: DailyLogRow[], first: string, last: string): DailyLogRow[] {
  return daily.filter((row) => row.date >= first && row.date <= last);
}

/** Drawdown of the Net Liquidity series of `daily` from `startingCapital` (> 0). */
export function dailyLogDrawdown(daily: DailyLogRow[], startingCapital: number): DailyLogDrawdown {
  const rows = [...daily].sort((a, b) => a.date.localeCompare(b.date));
  const summary = measureDrawdowns(startingCapital, rows.map((row) => row.netLiquidity));
  return { summary, points: rows.map((row, i) => ({ date: row.date, equity: row.netLiquidity, drawdown: summary.drawdowns[i] })) };
}
