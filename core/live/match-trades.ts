/**
 * Matching live trades to backtest trades of one (mapped) strategy. Inside the comparison
 * window, on each day, a live trade and a backtest trade may pair when
 * - both opened that day, |live open − backtest open| ≤ the tolerance (both times known; a
 *   trade without a time may pair with any trade of its day, at the cost of a gap equal to
 *   the tolerance, so timed pairs are preferred), and
 * - their position shapes (./leg-shape) do not differ;
 * and the pairs chosen are one-to-one: the most pairs, then the least Σ (time difference)²
 * (./assignment, exact per day). Squared, not absolute: when two live trades both open after
 * two backtest trades, every pairing has the same Σ |difference|, and only a convex cost
 * picks the one that keeps their order (the first with the first) — the EMA sample has two
 * such days. Unpaired live trades are "live only", unpaired backtest trades "backtest
 * only"; trades opened outside the window are set apart.
 */
import { optimalMatching } from './assignment';
import type { ComparisonWindow } from './comparison-window';
import type { TradeSide } from './trade-side';

export interface MatchedPair {
  live: TradeSide;
  backtest: TradeSide;
}

export interface StrategyMatch {
  matched: MatchedPair[];
  liveOnly: TradeSide[];
  backtestOnly: TradeSide[];
  outsideLive: TradeSide[];
  outsideBacktest: TradeSide[];
}

function byOpen(a: TradeSide, b: TradeSide): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const sa = a.seconds ?? Number.POSITIVE_INFINITY;
  const sb = b.seconds ?? Number.POSITIVE_INFINITY;
  return sa !== sb ? (sa < sb ? -1 : 1) : a.index - b.index;
}

/** Trades inside the window grouped by day (in open order); the rest in `outside`. */
function split(trades: readonly TradeSide[], span: ComparisonWindow): { days: Map<string, TradeSide[]>; outside: TradeSide[] } {
  const days = new Map<string, TradeSide[]>();
  const outside: TradeSide[] = [];
  for (const t of [...trades].sort(byOpen)) {
    if (span.from === null || t.date < span.from || t.date > span.to) {
      outside.push(t);
      continue;
    }
    let day = days.get(t.date);
    if (!day) days.set(t.date, (day = []));
    day.push(t);
  }
  return { days, outside };
}

/** The cost (time difference², seconds²) of pairing two trades of the same day, null when they may not pair. */
export function pairCost(live: TradeSide, backtest: TradeSide, toleranceSeconds: number): number | null {
  if (live.shape !== null && backtest.shape !== null && live.shape !== backtest.shape) return null;
  if (live.seconds === null || backtest.seconds === null) return toleranceSeconds * toleranceSeconds;
  const gap = Math.abs(live.seconds - backtest.seconds);
  return gap <= toleranceSeconds ? gap * gap : null;
}

export function matchStrategy(backtest: readonly TradeSide[], live: readonly TradeSide[], span: ComparisonWindow, toleranceSeconds: number): StrategyMatch {
  const b = split(backtest, span);
  const l = split(live, span);
  const result: StrategyMatch = { matched: [], liveOnly: [], backtestOnly: [], outsideLive: l.outside, outsideBacktest: b.outside };
  const dates = [...new Set([...l.days.keys(), ...b.days.keys()])].sort();
  for (const date of dates) {
    const liveDay = l.days.get(date) ?? [];
    const backtestDay = b.days.get(date) ?? [];
    const pairs = optimalMatching(liveDay.length, backtestDay.length, (i, j) => pairCost(liveDay[i], backtestDay[j], toleranceSeconds));
    const pairedBacktest = new Set<number>();
    const pairedLive = new Set<number>();
    for (const [i, j] of pairs) {
      result.matched.push({ live: liveDay[i], backtest: backtestDay[j] });
      pairedLive.add(i);
      pairedBacktest.add(j);
    }
    liveDay.forEach((t, i) => pairedLive.has(i) || result.liveOnly.push(t));
    backtestDay.forEach((t, j) => pairedBacktest.has(j) || result.backtestOnly.push(t));
  }
  return result;
}
