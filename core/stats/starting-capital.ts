/**
 * Starting capital of the portfolio curve (SPEC-metrics §2), first rule that applies:
 * 1. the user's override ('user');
 * 2. a daily log: first row's Net Liquidity − that day's P/L ('daily-log');
 * 3. `Funds at Close` − P/L of the first trade to CLOSE, i.e. the earliest close date and
 *    time; simultaneous closes are broken by trade order ('funds-at-close');
 * 4. otherwise DEFAULT_STARTING_CAPITAL with a warning asking the user to set it ('default').
 * A derived value that is not a positive number is skipped (with a warning).
 */
import type { DailyLogRow, Trade } from '../model';
import type { StartingCapitalSource } from './types';

export const DEFAULT_STARTING_CAPITAL = 100_000;

export interface StartingCapital {
  value: number;
  source: StartingCapitalSource;
  warnings: string[];
}

/** The first row of the daily log by date, or null for an empty log. */
export function firstDailyRow(daily: DailyLogRow[]): DailyLogRow | null {
  return daily.reduce<DailyLogRow | null>((first, row) => (first === null || row.date < first.date ? row : first), null);
}

/** Funds at Close − P/L of the earliest-closing trade that has Funds at Close; null when none has. */
function capitalFromFundsAtClose(closedTrades: Trade[]): number | null {
  let first: Trade | null = null;
  for (let i = 0; i < closedTrades.length; i++) {
    const t = closedTrades[i];
    if (t.fundsAtClose === null || t.dateClosed === null) continue;
    if (first === null || t.dateClosed < first.dateClosed! || (t.dateClosed === first.dateClosed && t.timeClosed < first.timeClosed)) first = t;
  }
  return first === null ? null : first.fundsAtClose! - first.pl;
}

function usable(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value > 0;
}

/** Resolves the starting capital for closed trades in trade order, with an optional override and daily log. */
export function resolveStartingCapital(closedTrades: Trade[], options: { override?: number; daily?: DailyLogRow[] } = {}): StartingCapital {
  const warnings: string[] = [];
  const { override, daily } = options;
  if (override !== undefined) {
    if (usable(override)) return { value: override, source: 'user', warnings };
    warnings.push(`Starting capital ${override} is not a positive number; it was ignored.`);
  }
  if (daily && daily.length > 0) {
    const row = firstDailyRow(daily)!;
    const value = row.netLiquidity - row.pl;
    if (usable(value)) return { value, source: 'daily-log', warnings };
    warnings.push(`Daily log ${row.date}: Net Liquidity − P/L = ${value} is not a positive starting capital; it was not used.`);
  }
  const fromFunds = capitalFromFundsAtClose(closedTrades);
  if (usable(fromFunds)) return { value: fromFunds, source: 'funds-at-close', warnings };
  if (fromFunds !== null) warnings.push(`Funds at Close − P/L of the first closed trade = ${fromFunds} is not a positive starting capital; it was not used.`);
  warnings.push(`No starting capital in the data: using ${DEFAULT_STARTING_CAPITAL.toLocaleString('en-US')}. Set your capital for meaningful CAGR, drawdown and Sharpe.`);
  return { value: DEFAULT_STARTING_CAPITAL, source: 'default', warnings };
}
