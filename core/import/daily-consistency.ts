/**
 * Does a daily log belong to a trade log? OptionOmega exports both; a user can pick files
 * from different backtests (a real case in the sample data: the MEIC daily log). Compared:
 * - the date span: the daily log's first/last date against the first trade open and the
 *   last trade close, allowing SPAN_TOLERANCE_DAYS calendar days (weekends, holidays);
 * - the total P/L: Σ daily P/L against Σ P/L of closed trades;
 * - the P/L per day: each daily row against the P/L of trades closed on that date (trades
 *   closed on a date missing from the daily log, e.g. a weekend, count on the next daily
 *   date), on the dates both files cover;
 * - the starting equity: first Net Liquidity − first day's P/L against the trades' starting
 *   equity (Funds at Close − P/L of the first trade to close).
 * Money tolerance: $1 or 0.5% of the compared amount, whichever is larger.
 */
import type { DailyLogRow, Trade } from '../model';
import { compareText } from './sort-trades';

const SPAN_TOLERANCE_DAYS = 4;
const MAX_LISTED_DAYS = 3;

export interface DailyConsistency {
  consistent: boolean;
  /** One sentence per difference found; empty when consistent. */
  problems: string[];
}

function money(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function tolerance(amount: number): number {
  return Math.max(1, 0.005 * Math.abs(amount));
}

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > tolerance(b);
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function byCloseThenTime(a: Trade, b: Trade): number {
  return compareText(a.dateClosed as string, b.dateClosed as string) || compareText(a.timeClosed, b.timeClosed);
}

export function checkDailyAgainstTrades(trades: Trade[], daily: DailyLogRow[]): DailyConsistency {
  const closed = trades.filter((t) => t.dateClosed !== null).sort(byCloseThenTime);
  if (daily.length === 0 || closed.length === 0) {
    return { consistent: false, problems: [daily.length === 0 ? 'The daily log has no rows.' : 'The trade log has no closed trades.'] };
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

  const dailyTotal = days.reduce((sum, d) => sum + d.pl, 0);
  const tradeTotal = closed.reduce((sum, t) => sum + t.pl, 0);
  if (differs(dailyTotal, tradeTotal)) {
    problems.push(`Different total P/L: the daily log sums to ${money(dailyTotal)} but the trades sum to ${money(tradeTotal)}.`);
  }

  const mismatchedDays = comparePerDay(days, closed, firstOpen > firstDay ? firstOpen : firstDay, lastClose < lastDay ? lastClose : lastDay);
  if (mismatchedDays.length > 0) {
    const listed = mismatchedDays
      .slice(0, MAX_LISTED_DAYS)
      .map((m) => `${m.date}: daily ${money(m.daily)} vs trades ${money(m.trades)}`)
      .join('; ');
    problems.push(`The P/L differs on ${mismatchedDays.length} of ${days.length} days (${listed}${mismatchedDays.length > MAX_LISTED_DAYS ? '; …' : ''}).`);
  }

  const dailyStart = days[0].netLiquidity - days[0].pl;
  const firstWithFunds = closed.find((t) => t.fundsAtClose !== null);
  if (firstWithFunds) {
    const tradeStart = (firstWithFunds.fundsAtClose as number) - firstWithFunds.pl;
    if (differs(dailyStart, tradeStart)) {
      problems.push(
        `Different starting equity: the daily log starts at Net Liquidity ${money(dailyStart)} (before the first day's P/L) but the trades start at ${money(tradeStart)}.`,
      );
    }
  }
  return { consistent: problems.length === 0, problems };
}

/** Days within [from, to] where the daily P/L and the P/L of the trades closed that day differ. */
function comparePerDay(days: DailyLogRow[], closed: Trade[], from: string, to: string): { date: string; daily: number; trades: number }[] {
  const mismatches: { date: string; daily: number; trades: number }[] = [];
  let next = 0;
  for (const day of days) {
    let tradesPl = 0;
    while (next < closed.length && (closed[next].dateClosed as string) <= day.date) tradesPl += closed[next++].pl;
    if (day.date >= from && day.date <= to && differs(day.pl, tradesPl)) mismatches.push({ date: day.date, daily: day.pl, trades: tradesPl });
  }
  return mismatches;
}
