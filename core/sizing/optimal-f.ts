/**
 * Vince's optimal f (SPEC-metrics §3). With D = |largest loss|, each trade's holding-period
 * return is HPRᵢ = 1 + f·(−Pᵢ / largest loss) = 1 + f·Pᵢ/D, TWR = Π HPRᵢ, G = TWR^(1/N), and
 * f$ = D / f* is the equity per contract (trade one contract per f$ of equity).
 * f* maximizes TWR, i.e. the growth-optimal fraction of the returns Pᵢ/D.
 * null without a losing trade (f is unbounded); f* = 0 (no allocation, f$ null) when the mean
 * P/L is not positive. On a long log TWR can exceed the largest double: then TWR is null while
 * f*, G and f$ (computed in log space) are still given.
 */
import { growthOptimalFraction } from './growth-optimal';

export interface OptimalF {
  f: number;
  /** Terminal wealth relative at f*; null when it exceeds the largest double (a long log). */
  twr: number | null;
  /** Geometric mean HPR, TWR^(1/N). */
  geometricMean: number;
  /** |largest loss| / f*: equity per contract; null when f* = 0. */
  fDollar: number | null;
  /** |largest loss| (D). */
  largestLoss: number;
}

export function optimalF(pl: number[]): OptimalF | null {
  if (pl.length === 0) return null;
  const largestLoss = -pl.reduce((worst, p) => Math.min(worst, p), Infinity);
  if (!(largestLoss > 0)) return null;
  const returns = pl.map((p) => p / largestLoss);
  const f = growthOptimalFraction(returns);
  if (f === null) return null;
  const logTwr = returns.reduce((s, r) => s + Math.log(1 + f * r), 0);
  const twr = Math.exp(logTwr);
  return { f, twr: Number.isFinite(twr) ? twr : null, geometricMean: Math.exp(logTwr / pl.length), fDollar: f > 0 ? largestLoss / f : null, largestLoss };
}
