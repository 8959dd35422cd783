/**
 * "Kelly at group level" (issue 12): the group as a stream of binary bets. A bet that loses
 * returns −1 per dollar staked (stake = contracts·price + fees); a winning bet returns its
 * realized P/L ÷ stake. The edge distribution is: lose with probability 1 − ĥ, else one of
 * the window's winning returns (EWMA-weighted) — ĥ the same EWMA posterior hit rate as the
 * score, which shrinks a small sample's hit rate toward the prior. The fraction is the exact
 * growth-optimal f* = argmax (1 − ĥ)·ln(1 − f) + ĥ·Σ ωᵢ ln(1 + f·rᵢ) (core/sizing
 * growthOptimalFraction, weighted), a fraction of the money staked on the group per bet.
 * 0 without a winning bet in the window (no payoff to estimate) or without an edge.
 */
import { growthOptimalFraction } from '../sizing/growth-optimal';

export function groupKellyFraction(winReturns: readonly number[], winWeights: readonly number[], hitRate: number): number {
  const total = winWeights.reduce((sum, w) => sum + w, 0);
  if (winReturns.length === 0 || !(total > 0) || !(hitRate > 0)) return 0;
  const returns = [...winReturns, -1];
  const weights = [...winWeights.map((w) => (hitRate * w) / total), 1 - hitRate];
  return growthOptimalFraction(returns, weights) ?? 0;
}
