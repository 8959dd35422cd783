/**
 * The shrunk P/L of the score's Sharpe-like term (issue 12: "P/L shrunk, negative outliers
 * clamped, EWMA-weighted"):
 * 1. the window's per-bet P/L with its low tail winsorized at the 5th percentile (winsorize.ts);
 * 2. EWMA weights (ewma.ts);
 * 3. k pseudo-bets of P/L 0 with weight 1 each (default k = 10) added to the sample, so a
 *    handful of bets cannot look like a sure thing: with few (or old) bets the mean moves
 *    toward 0 and the spread is not understated;
 * then the weighted mean, sd (weighted-stats.ts) and Sharpe-like mean/(sd + ε).
 */
import { sharpeLike } from './sharpe-like';
import { weightedStats } from './weighted-stats';
import { winsorizeLow } from './winsorize';

export interface ShrunkPl {
  mean: number | null;
  sd: number | null;
  sharpeLike: number | null;
  /** The winsorizing floor (5th percentile) and how many bets it raised. */
  floor: number | null;
  clamped: number;
  priorBets: number;
}

export function shrunkPl(pl: readonly number[], weights: readonly number[], priorBets: number): ShrunkPl {
  const winsorized = winsorizeLow(pl);
  if (pl.length === 0) return { mean: null, sd: null, sharpeLike: null, floor: null, clamped: 0, priorBets };
  const values = [...winsorized.values];
  const w = [...weights];
  for (let k = 0; k < priorBets; k++) {
    values.push(0);
    w.push(1);
  }
  const stats = weightedStats(values, w);
  // The sd needs two real bets: pseudo-bets alone do not make a spread.
  const sd = pl.length >= 2 ? stats.sd : null;
  return { mean: stats.mean, sd, sharpeLike: sharpeLike(stats.mean, sd), floor: winsorized.floor, clamped: winsorized.clamped, priorBets };
}
