/**
 * The period a set of closed trades spans: from the earliest date opened to the latest
 * date closed (ISO dates, as in the data — not moved to business days).
 */
import type { Trade } from '../model';

export interface TradePeriod {
  first: string;
  last: string;
}

/** First open and last close of `closedTrades`; null without trades. */
export function tradePeriod(closedTrades: Trade[]): TradePeriod | null {
  if (closedTrades.length === 0) return null;
  let first = closedTrades[0].dateOpened;
  let last = closedTrades[0].dateClosed ?? first;
  for (let i = 0; i < closedTrades.length; i++) {
    const t = closedTrades[i];
    if (t.dateOpened < first) first = t.dateOpened;
    if (t.dateClosed !== null && t.dateClosed > last) last = t.dateClosed;
  }
  return { first, last };
}
