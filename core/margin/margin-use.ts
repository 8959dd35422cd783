/**
 * Margin use as recorded (SPEC-metrics §3): at each moment a position opens, the margin of the
 * positions open at that moment ÷ the realized equity at that moment. Its peak is the figure
 * the Sizing page, the portfolio row, the margin warnings, Replay's `log` rule, the alerts and
 * the report all show. A moment whose equity is not positive (a ruined account) has no use.
 */
import { momentLabel, type MarginLevel, type MarginTimeline } from './timeline';

export interface MarginUsePoint {
  date: string;
  /** `HH:MM`, or '' at day level. */
  time: string;
  margin: number;
  equity: number;
  /** margin ÷ equity; null when equity ≤ 0. */
  use: number | null;
}

export interface MarginUse {
  level: MarginLevel;
  /** One point per opening moment, in time order. */
  series: MarginUsePoint[];
  /** The largest use, 0 when no trade carries a margin; null when no moment has positive equity. */
  peak: number | null;
  /** Where the peak was reached (the first such moment). */
  peakAt: { date: string; time: string } | null;
  /** Mean use over the moments with a use. */
  average: number | null;
  /** Trades without a margin (counted as 0). */
  withoutMargin: number;
  /** The convention in words, including the day-level fallback when it applied. */
  convention: string;
}

export function marginUseConvention(level: MarginLevel, datedOnly: number): string {
  const base =
    'Margin of the positions open at the same moment ÷ realized equity at that moment (starting capital + P/L of the trades closed before it), at each moment a position opens; at equal timestamps a close frees its margin first.';
  if (level === 'time') return base;
  if (level === 'day') return `${base} This log has no trade times, so it is measured by day: every position open on a date counts as open together, against the equity at the start of that day.`;
  return `${base} ${datedOnly} trade${datedOnly === 1 ? '' : 's'} without times count${datedOnly === 1 ? 's' : ''} from the start of the open day to the end of the close day.`;
}

export function marginUse(timeline: MarginTimeline): MarginUse {
  const series: MarginUsePoint[] = [];
  let peak: number | null = null;
  let peakAt: { date: string; time: string } | null = null;
  let sum = 0;
  let counted = 0;
  for (let k = 0; k < timeline.count; k++) {
    const label = momentLabel(timeline, k);
    const equity = timeline.equity[k];
    const margin = timeline.margin[k];
    const ratio = equity > 0 ? margin / equity : null;
    const use = ratio !== null && Number.isFinite(ratio) ? ratio : null;
    series.push({ date: label.date, time: label.time, margin, equity, use });
    if (use === null) continue;
    sum += use;
    counted++;
    if (peak === null || use > peak) {
      peak = use;
      peakAt = label;
    }
  }
  return {
    level: timeline.level,
    series,
    peak,
    peakAt,
    average: counted === 0 ? null : sum / counted,
    withoutMargin: timeline.withoutMargin,
    convention: marginUseConvention(timeline.level, timeline.datedOnly),
  };
}
