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
import { marginUse, marginUseConvention, momentLabel, type MarginTimeline } from '../margin';

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

/**
 * Margin use of one strategy (`strategy` = its index in `timeline.strategies`) or of the whole
 * account (null), on the account's timeline (realized equity of all trades). Null when no
 * position of the entry carries a margin.
 */
export function marginUtilisation(timeline: MarginTimeline, strategy: number | null): MarginUtilisation | null {
  if (strategy === null) {
    if (!timeline.margin.some((m) => m > 0)) return null;
    const use = marginUse(timeline);
    return {
      series: use.series.map((p) => ({ date: p.date, time: p.time, margin: p.margin, equity: p.equity, utilisation: p.use })),
      max: use.peak ?? 0,
      maxAt: use.peakAt,
      average: use.average ?? 0,
      convention: use.convention,
    };
  }
  // A strategy entry: only the moments its own positions are open (another strategy opening
  // while it holds nothing is not one of its moments); the peak over all moments is the same.
  const S = timeline.strategies.length;
  const series: MarginDay[] = [];
  let max: number | null = null;
  let maxAt: { date: string; time: string } | null = null;
  let sum = 0;
  let counted = 0;
  for (let k = 0; k < timeline.count; k++) {
    const margin = timeline.marginByStrategy[k * S + strategy];
    if (!(margin > 0)) continue;
    const equity = timeline.equity[k];
    const ratio = equity > 0 ? margin / equity : null;
    const utilisation = ratio !== null && Number.isFinite(ratio) ? ratio : null;
    const label = momentLabel(timeline, k);
    series.push({ date: label.date, time: label.time, margin, equity, utilisation });
    if (utilisation === null) continue;
    sum += utilisation;
    counted++;
    if (max === null || utilisation > max) {
      max = utilisation;
      maxAt = label;
    }
  }
  if (series.length === 0) return null;
  return { series, max: max ?? 0, maxAt, average: counted === 0 ? 0 : sum / counted, convention: marginUseConvention(timeline.level, timeline.datedOnly) };
}
