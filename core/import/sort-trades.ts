/**
 * The one trade order every computation uses (SPEC §1): date opened, then time opened, then
 * `Funds at Close` (trades opened at the same moment close in equity order); a trade without
 * Funds at Close sorts after those with one. Stable: ties keep their input order.
 */
import type { Trade } from '../model';

/** Plain code-unit order of two strings (ISO dates and times sort correctly this way). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareTrades(a: Trade, b: Trade): number {
  const byOpen = compareText(a.dateOpened, b.dateOpened) || compareText(a.timeOpened, b.timeOpened);
  if (byOpen !== 0) return byOpen;
  if (a.fundsAtClose === b.fundsAtClose) return 0;
  if (a.fundsAtClose === null) return 1;
  if (b.fundsAtClose === null) return -1;
  return a.fundsAtClose - b.fundsAtClose;
}

/** A sorted copy of `trades`. */
export function sortTrades(trades: Trade[]): Trade[] {
  return [...trades].sort(compareTrades);
}
