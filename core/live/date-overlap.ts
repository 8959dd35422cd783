/**
 * Date overlap of two strategies, for the live ↔ backtest mapping proposal: the Jaccard of
 * their trading-day sets (days with at least one trade opened) restricted to their common
 * date range [max(first days), min(last days)], in [0, 1]; 0 when the ranges do not meet.
 * Days outside the common range are no evidence either way (the backtest may start years
 * before the live account).
 */

export interface DateOverlap {
  /** |A ∩ B| / |A ∪ B| within the common range. */
  share: number;
  common: number;
  union: number;
}

/** `a` and `b`: sorted, distinct ISO dates (one merge pass). */
export function dateOverlap(a: readonly string[], b: readonly string[]): DateOverlap {
  if (a.length === 0 || b.length === 0) return { share: 0, common: 0, union: 0 };
  const from = a[0] > b[0] ? a[0] : b[0];
  const to = a[a.length - 1] < b[b.length - 1] ? a[a.length - 1] : b[b.length - 1];
  if (from > to) return { share: 0, common: 0, union: 0 };
  let i = 0;
  let j = 0;
  while (a[i] < from) i++;
  while (b[j] < from) j++;
  let common = 0;
  let union = 0;
  while ((i < a.length && a[i] <= to) || (j < b.length && b[j] <= to)) {
    const x = i < a.length && a[i] <= to ? a[i] : null;
    const y = j < b.length && b[j] <= to ? b[j] : null;
    union++;
    if (x !== null && y !== null && x === y) {
      common++;
      i++;
      j++;
    } else if (y === null || (x !== null && x < y)) i++;
    else j++;
  }
  return { share: union === 0 ? 0 : common / union, common, union };
}
