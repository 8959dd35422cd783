/**
 * The marked-to-market portfolio curve (SPEC-metrics §2, issue 17): with a daily log that
 * belongs to the trade log, the portfolio curve is `Net Liquidity` (open positions valued at
 * each day's close). It is put on the same business-day calendar as the closed-trade curve
 * (first open .. last close; a day missing from the daily log carries Net Liquidity forward;
 * a weekend row counts on the Friday before), so with nothing held overnight it equals the
 * closed-trade curve. Daily return r_t = (NLₜ − NLₜ₋₁ + withdrawn that day) / NLₜ₋₁, NL₀ =
 * starting capital: a withdrawal is not a loss. `equity` is the time-weighted value
 * start · Π(1 + r): Net Liquidity itself when nothing was withdrawn, Net Liquidity with the
 * withdrawals added back (and compounded) otherwise — the drawdown, CAGR and Monte Carlo
 * pool are measured on it.
 */
import type { DailyLogRow } from '../model';
import { businessDayOnOrBefore, businessDaysBetween, dayNumber, isoDate } from './business-days';

export interface MarkedDay {
  date: string;
  /** Net Liquidity at the day's close (carried forward on days without a row). */
  netLiquidity: number;
  /** r_t; null once Net Liquidity before the day is ≤ 0. */
  return: number | null;
  /** start · Π(1 + r) up to this day (withdrawals added back); equals Net Liquidity without withdrawals. */
  equity: number;
}

/** The business-day Net Liquidity curve over [first, last] (ISO dates) from `startingCapital`. */
export function markedToMarketCurve(daily: DailyLogRow[], startingCapital: number, first: string, last: string): MarkedDay[] {
  const byDay = new Map<number, DailyLogRow>();
  for (const row of [...daily].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) byDay.set(businessDayOnOrBefore(dayNumber(row.date)), row);
  let netLiquidity = startingCapital;
  let withdrawn = 0;
  let equity = startingCapital;
  return businessDaysBetween(businessDayOnOrBefore(dayNumber(first)), businessDayOnOrBefore(dayNumber(last))).map((day) => {
    const row = byDay.get(day);
    const before = netLiquidity;
    const withdrawnToday = row ? row.withdrawn - withdrawn : 0;
    if (row) {
      netLiquidity = row.netLiquidity;
      withdrawn = row.withdrawn;
    }
    const r = before > 0 ? (netLiquidity - before + withdrawnToday) / before : null;
    // Exactly Net Liquidity until the first withdrawal (no compounding round-off), the time-weighted value after it.
    equity = r === null || withdrawn === 0 ? netLiquidity : equity * (1 + r);
    return { date: isoDate(day), netLiquidity, return: r, equity };
  });
}
