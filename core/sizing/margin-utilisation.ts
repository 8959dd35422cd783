/**
 * Historical margin use of a sizing entry (SPEC-metrics §3, issue 17): the ONE time-aware
 * concurrency of core/margin — at each moment a position opens, the margin of the positions
 * open at that moment ÷ the account's realized equity at that moment (a close at the same
 * timestamp frees its margin first; day level only for logs without times, and then said in
 * `convention`). For a strategy entry, the margin is that strategy's positions' and the
 * equity is still the ACCOUNT's (all trades' realized P/L). Null when no trade of the entry
 * carries a margin. This replaces the former day-level count (all trades of a day held
 * together), which put the EMA sample at 184% instead of its recorded 81%.
 */
import { marginTimeline, marginUse } from '../margin';
import type { Trade } from '../model';

export interface MarginDay {
  date: string;
  /** `HH:MM` of the opening moment; '' at day level. */
  time: string;
  margin: number;
  /** Realized equity at the moment. */
  equity: number;
  /** margin / equity; null when equity ≤ 0. */
  utilisation: number | null;
}

export interface MarginUtilisation {
  series: MarginDay[];
  /** The peak (SPEC §3); equals Replay's `log` rule peak margin use for the same log. */
  max: number;
  /** Where the peak was reached. */
  maxAt: { date: string; time: string } | null;
  average: number;
  /** The convention in words (with the day-level fallback when it applied). */
  convention: string;
}

/** Margin use of `entryTrades` against the realized equity of `accountTrades` (a superset) from `startingCapital`. */
export function marginUtilisation(entryTrades: Trade[], accountTrades: Trade[], startingCapital: number): MarginUtilisation | null {
  if (!entryTrades.some((t) => t.marginReq !== null && t.marginReq > 0)) return null;
  const entry = new Set(entryTrades);
  const trades = entryTrades.length === accountTrades.length ? accountTrades : accountTrades.map((t) => (entry.has(t) ? t : { ...t, marginReq: null }));
  const use = marginUse(marginTimeline(trades, startingCapital));
  if (trades === accountTrades) {
    return {
      series: use.series.map((p) => ({ date: p.date, time: p.time, margin: p.margin, equity: p.equity, utilisation: p.use })),
      max: use.peak ?? 0,
      maxAt: use.peakAt,
      average: use.average ?? 0,
      convention: use.convention,
    };
  }
  // A strategy entry: only the moments its own positions are open (another strategy opening
  // while it holds nothing is not one of its moments); the peak is unchanged by this.
  const own = use.series.filter((p) => p.margin > 0);
  const counted = own.filter((p) => p.use !== null);
  return {
    series: own.map((p) => ({ date: p.date, time: p.time, margin: p.margin, equity: p.equity, utilisation: p.use })),
    max: use.peak ?? 0,
    maxAt: use.peakAt,
    average: counted.length === 0 ? 0 : counted.reduce((sum, p) => sum + (p.use as number), 0) / counted.length,
    convention: use.convention,
  };
}
