/**
 * The one trade order every computation uses (SPEC §1): date opened, then time opened, then
 * `Funds at Close` (trades opened at the same moment close in equity order); a trade without
 * Funds at Close sorts after those with one. Stable: ties keep their input order.
 */
import type { Trade } from '../model';

function compareTrades(a: Trade, b: Trade): number {
  if (a.dateOpened !== b.dateOpened) return a.dateOpened < b.dateOpened ? -1 : 1;
  if (a.timeOpened !== b.timeOpened) return a.timeOpened < b.timeOpened ? -1 : 1;
  if (a.fundsAtClose === b.fundsAtClose) return 0;
  if (a.fundsAtClose === null) return 1;
  if (b.fundsAtClose === null) return -1;
  return a.fundsAtClose - b.fundsAtClose;
}

/** A sorted copy of `trades`. */
export function sortTrades(trades: Trade[]): Trade[] {
  return [...trades].sort(compareTrades);
}
