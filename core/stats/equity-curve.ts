/**
 * Realized-P/L equity curve (SPEC-metrics §2): end-of-day equity on every business day
 * (Mon–Fri) from the first open to the last close. Each trade's P/L is realized on its
 * close date; a weekend open or close counts on the Friday before. Days without closes
 * carry the equity forward. Only closed trades belong on the curve.
 */
import type { Trade } from '../model';
import { businessDayOnOrBefore, businessDaysBetween, dayNumber, isoDate } from './business-days';

export interface CurveDay {
  /** Business day, ISO date. */
  date: string;
  /** P/L realized on this day. */
  pl: number;
  /** End-of-day equity. */
  equity: number;
}

/** The business-day curve of closed trades from `startingCapital`; empty without trades. */
export function buildEquityCurve(closedTrades: Trade[], startingCapital: number): CurveDay[] {
  if (closedTrades.length === 0) return [];
  const plByDay = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const t of closedTrades) {
    const closeDay = businessDayOnOrBefore(dayNumber(t.dateClosed!));
    const openDay = businessDayOnOrBefore(dayNumber(t.dateOpened));
    plByDay.set(closeDay, (plByDay.get(closeDay) ?? 0) + t.pl);
    first = Math.min(first, openDay, closeDay);
    last = Math.max(last, closeDay);
  }
  let equity = startingCapital;
  return businessDaysBetween(first, last).map((day) => {
    const pl = plByDay.get(day) ?? 0;
    equity += pl;
    return { date: isoDate(day), pl, equity };
  });
}
