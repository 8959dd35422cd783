/**
 * The comparison window: the overlap of the two logs' open dates, [max(first open), min(last
 * open)] over all their trades. A trade opened outside it cannot have a twin in the other
 * log, so it is counted apart ("outside the window"), never as a miss. Null when the logs do
 * not overlap (or one is empty), with the reason.
 */

export type ComparisonWindow = { from: string; to: string } | { from: null; to: null; reason: string };

function range(dates: Iterable<string>): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of dates) {
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return first === null || last === null ? null : { first, last };
}

export function comparisonWindow(backtestDates: Iterable<string>, liveDates: Iterable<string>): ComparisonWindow {
  const backtest = range(backtestDates);
  const live = range(liveDates);
  if (!backtest) return { from: null, to: null, reason: 'the backtest log has no trades' };
  if (!live) return { from: null, to: null, reason: 'the live log has no trades' };
  const from = backtest.first > live.first ? backtest.first : live.first;
  const to = backtest.last < live.last ? backtest.last : live.last;
  if (from > to) return { from: null, to: null, reason: `the logs do not overlap (backtest ${backtest.first} to ${backtest.last}, live ${live.first} to ${live.last})` };
  return { from, to };
}
