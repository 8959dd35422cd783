/**
 * Historical margin utilisation: on each business day of the equity curve, the margin of
 * all trades open that day (opened on or before it, closed on or after it, still-open trades
 * to the end) ÷ the equity at the start of that day (the previous day's end-of-day equity;
 * the starting capital on the first day). Trades without a margin are left out; null when
 * no trade has one. Per strategy, the strategy's margin is divided by the ACCOUNT equity.
 */
import type { Trade } from '../model';
import type { EquityPoint } from '../stats/types';
import { finiteOrNull } from '../numeric/finite';

export interface MarginDay {
  date: string;
  margin: number;
  /** Equity at the start of the day. */
  equity: number;
  /** margin / equity; null when equity ≤ 0 (or so small the ratio overflows). */
  utilisation: number | null;
}

export interface MarginUtilisation {
  series: MarginDay[];
  max: number;
  average: number;
}

/** How many curve dates (ascending) are before `date`, or on or before it when `inclusive`. */
function countDatesBefore(curve: EquityPoint[], date: string, inclusive: boolean): number {
  let low = 0;
  let high = curve.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (curve[mid].date < date || (inclusive && curve[mid].date === date)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function marginUtilisation(trades: Trade[], curve: EquityPoint[], startingCapital: number): MarginUtilisation | null {
  if (curve.length === 0) return null;
  const delta = new Array<number>(curve.length + 1).fill(0);
  let any = false;
  for (const t of trades) {
    if (t.marginReq === null || !(t.marginReq > 0)) continue;
    const start = countDatesBefore(curve, t.dateOpened, false);
    // Open through its close date (a weekend close thus counts on the Friday before).
    const end = t.dateClosed === null ? curve.length : countDatesBefore(curve, t.dateClosed, true);
    if (end <= start) continue;
    any = true;
    delta[start] += t.marginReq;
    delta[end] -= t.marginReq;
  }
  if (!any) return null;
  const series: MarginDay[] = [];
  let margin = 0;
  let max = 0;
  let sum = 0;
  let counted = 0;
  curve.forEach((point, i) => {
    margin += delta[i];
    const open = Math.abs(margin) < 1e-9 ? 0 : margin;
    const equity = i === 0 ? startingCapital : curve[i - 1].equity;
    const utilisation = equity > 0 ? finiteOrNull(open / equity) : null;
    if (utilisation !== null) {
      max = Math.max(max, utilisation);
      sum += utilisation;
      counted++;
    }
    series.push({ date: point.date, margin: open, equity, utilisation });
  });
  return { series, max, average: counted === 0 ? 0 : sum / counted };
}
