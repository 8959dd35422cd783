/**
 * Does a daily log belong to a trade log? (SPEC-metrics §2, issue 17.) OptionOmega exports
 * both; a user can pick files from different backtests (a real case in the sample data: the
 * MEIC daily log). The daily `P/L` is the change in marked-to-market `Net Liquidity`, which
 * differs from the P/L of the trades closed that day whenever a position is held overnight:
 * that is never a mismatch. What must match is realized equity:
 * - on every daily date, `Current Funds` + `Withdrawn` = starting capital + cumulative P/L of
 *   the trades closed by that date, to MONEY_TOLERANCE ($1); the first date that differs is
 *   named with both amounts (`firstDifference`);
 * - the spans: the daily log's first/last date against the first trade open and the last
 *   trade close, ± SPAN_TOLERANCE_DAYS calendar days (weekends, holidays).
 * The starting capital of the trades is `Funds at Close` − P/L of the first trade to close.
 *
 * The log is also checked against itself (`checkDailyLogItself`): each day's `P/L` equals the
 * change in `Net Liquidity` plus that day's withdrawal (a hand-edited or damaged log), to $1;
 * the first row that breaks this is named. A log that fails either check is not used.
 */
import type { DailyLogRow, Trade } from '../model';
import { compareText } from './sort-trades';

const SPAN_TOLERANCE_DAYS = 4;
/** Dollars: OptionOmega rounds to cents; a realized-equity difference above $1 is a different account. */
export const MONEY_TOLERANCE = 1;

/** The first daily date whose realized equity differs from the trades'. */
export interface DailyDifference {
  date: string;
  /** `Current Funds` + `Withdrawn` on that date. */
  dailyLog: number;
  /** Starting capital + cumulative P/L of the trades closed by that date. */
  trades: number;
}

export interface DailyConsistency {
  consistent: boolean;
  /** One sentence per difference found; empty when consistent. */
  problems: string[];
  /** The first date where realized equity differs; null when none does (or it could not be compared). */
  firstDifference: DailyDifference | null;
}

function money(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function byCloseThenTime(a: Trade, b: Trade): number {
  return compareText(a.dateClosed as string, b.dateClosed as string) || compareText(a.timeClosed, b.timeClosed);
}

/** The log against itself: P/L_t = NL_t − NL_{t−1} + (Withdrawn_t − Withdrawn_{t−1}); the first row that breaks it, named. */
export function checkDailyLogItself(daily: DailyLogRow[]): string | null {
  const days = [...daily].sort((a, b) => compareText(a.date, b.date));
  for (let i = 1; i < days.length; i++) {
    const change = days[i].netLiquidity - days[i - 1].netLiquidity + (days[i].withdrawn - days[i - 1].withdrawn);
    if (Math.abs(days[i].pl - change) > MONEY_TOLERANCE) {
      return `The daily log's row dated ${days[i].date} (row ${i + 2} in date order) is not consistent: its P/L is ${money(days[i].pl)} but Net Liquidity changed by ${money(change)} (from ${money(days[i - 1].netLiquidity)} to ${money(days[i].netLiquidity)}${days[i].withdrawn !== days[i - 1].withdrawn ? ', withdrawals included' : ''}); the log looks edited or damaged.`;
    }
  }
  return null;
}

export function checkDailyAgainstTrades(trades: Trade[], daily: DailyLogRow[]): DailyConsistency {
  const closed = trades.filter((t) => t.dateClosed !== null).sort(byCloseThenTime);
  if (daily.length === 0 || closed.length === 0) {
    return { consistent: false, problems: [daily.length === 0 ? 'The daily log has no rows.' : 'The trade log has no closed trades.'], firstDifference: null };
  }
  const days = [...daily].sort((a, b) => compareText(a.date, b.date));
  const problems: string[] = [];

  const firstDay = days[0].date;
  const lastDay = days[days.length - 1].date;
  const firstOpen = trades.reduce((min, t) => (t.dateOpened < min ? t.dateOpened : min), trades[0].dateOpened);
  const lastClose = closed[closed.length - 1].dateClosed as string;
  if (daysBetween(firstDay, firstOpen) > SPAN_TOLERANCE_DAYS) {
    problems.push(`Different start dates: the daily log starts on ${firstDay} but the first trade opens on ${firstOpen}.`);
  }
  if (daysBetween(lastDay, lastClose) > SPAN_TOLERANCE_DAYS) {
    problems.push(`Different end dates: the daily log ends on ${lastDay} but the last trade closes on ${lastClose}.`);
  }

  const firstWithFunds = closed.find((t) => t.fundsAtClose !== null);
  let firstDifference: DailyDifference | null = null;
  if (!firstWithFunds) {
    problems.push('The trade log has no Funds at Close, so its realized equity cannot be compared with the daily log\'s Current Funds.');
  } else {
    const start = (firstWithFunds.fundsAtClose as number) - firstWithFunds.pl;
    const differing = compareRealized(days, closed, start);
    firstDifference = differing.first;
    if (differing.first) {
      const f = differing.first;
      problems.push(
        `Realized equity differs on ${differing.count} of ${days.length} days, first on ${f.date}: the daily log's Current Funds + Withdrawn is ${money(f.dailyLog)} but the trades' starting capital + closed P/L is ${money(f.trades)}.`,
      );
    }
  }
  const itself = checkDailyLogItself(days);
  if (itself) problems.push(itself);
  return { consistent: problems.length === 0, problems, firstDifference };
}

/** Each daily date: Current Funds + Withdrawn against start + P/L of trades closed on or before it. */
function compareRealized(days: DailyLogRow[], closed: Trade[], start: number): { first: DailyDifference | null; count: number } {
  let next = 0;
  let realized = start;
  let first: DailyDifference | null = null;
  let count = 0;
  for (const day of days) {
    while (next < closed.length && (closed[next].dateClosed as string) <= day.date) realized += closed[next++].pl;
    const dailyLog = day.currentFunds + day.withdrawn;
    if (Math.abs(dailyLog - realized) > MONEY_TOLERANCE) {
      count++;
      first ??= { date: day.date, dailyLog, trades: realized };
    }
  }
  return { first, count };
}
