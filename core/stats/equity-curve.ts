/**
 * Realized-P/L equity curve (SPEC-metrics §2): end-of-day equity on every business day
 * (Mon–Fri) from the first open to the last close. Each trade's P/L is realized on its
 * close date; a weekend open or close counts on the Friday before. Days without closes
 * carry the equity forward. Only closed trades belong on the curve.
 */
import type { Trade } from '../model';
import { businessDayOnOrBefore, checkCalendarSpan, dayNumber, isoDate } from './business-days';

export interface CurveDay {
  /** Business day, ISO date. */
  date: string;
  /** P/L realized on this day. */
  pl: number;
  /** End-of-day equity. */
  equity: number;
}

/**
 * The business-day curve of closed trades from `startingCapital`; empty without trades.
 * Each day's P/L is summed in a typed array indexed by day (trade order, as a map would): one
 * pass over the trades for their days, one over the calendar, no per-trade objects.
 */
export function buildEquityCurve(closedTrades: Trade[], startingCapital: number): CurveDay[] {
  const n = closedTrades.length;
  if (n === 0) return [];
  const closeDays = new Float64Array(n);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = closedTrades[i];
    const closeDay = businessDayOnOrBefore(dayNumber(t.dateClosed!));
    const openDay = businessDayOnOrBefore(dayNumber(t.dateOpened));
    closeDays[i] = closeDay;
    first = Math.min(first, openDay, closeDay);
    last = Math.max(last, closeDay);
  }
  checkCalendarSpan(first, last);
  const plByDay = new Float64Array(last - first + 1);
  for (let i = 0; i < n; i++) plByDay[closeDays[i] - first] += closedTrades[i].pl;
  const days: CurveDay[] = [];
  let equity = startingCapital;
  for (let day = first; day <= last; day++) {
    if (businessDayOnOrBefore(day) !== day) continue;
    const pl = plByDay[day - first];
    equity += pl;
    days.push({ date: isoDate(day), pl, equity });
  }
  return days;
}
