/**
 * Probability source (b) of the position calculator: the per-contract P/L of one strategy's
 * closed trades whose close date falls in the last `days` calendar days up to `asOf`
 * (inclusive; default: that strategy's latest close).
 */
import type { Trade } from '../model';
import { dayNumber } from '../stats/business-days';

export function historyOutcomes(trades: Trade[], strategy: string, days: number, asOf?: string): number[] {
  const closed = trades.filter((t): t is Trade & { dateClosed: string } => t.strategy === strategy && t.dateClosed !== null);
  if (closed.length === 0 || !(days > 0)) return [];
  const end = dayNumber(asOf ?? closed.reduce((max, t) => (t.dateClosed > max ? t.dateClosed : max), closed[0].dateClosed));
  return closed.filter((t) => {
    const day = dayNumber(t.dateClosed);
    return day <= end && day > end - days;
  }).map((t) => t.pl / t.contracts);
}
