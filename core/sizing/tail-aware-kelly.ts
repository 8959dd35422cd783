/**
 * Tail-aware Kelly (issue 18 §4): the growth-optimal fraction with the trade's known worst
 * case added to the empirical distribution. For a defined-risk spread the margin is the
 * maximum loss (width × 100 × contracts − credit), so the maximum loss per contract is the
 * largest margin per contract among the trades. In risk units it is −1 on the margin risk
 * basis (the returns are return on margin) and −(max loss per contract ÷ D) otherwise.
 *
 * The worst case gets probability π, the n trades (1 − π)/n each: f = argmax of
 * (1 − π)·mean ln(1 + f·rᵢ) + π·ln(1 + f·x). Default π = 1/(n + 1) ("it has not happened yet,
 * but it can": the worst case counted as one more trade). The curve gives f against π on a
 * log grid from 1/(10(n + 1)) to 10/(n + 1), with π = 0 (the plain growth-optimal) first.
 */
import type { Trade } from '../model';
import { growthOptimalFraction } from './growth-optimal';
import { returnsInRiskUnits, tradesWithMargin, type RiskBasis } from './risk-basis';

export const TAIL_CURVE_POINTS = 21;

export interface TailAwarePoint {
  probability: number;
  growthOptimal: number | null;
}

export interface TailAwareKelly {
  /** Dollars one contract can lose at worst: the largest margin per contract. */
  maxLossPerContract: number;
  /** The worst case in risk units (x above). */
  maxLossInRiskUnits: number;
  /** π used. */
  probability: number;
  /** The growth-optimal fraction with the worst case at π (risk units, like the growth curve). */
  growthOptimal: number | null;
  /** Where the maximum loss comes from, in words. */
  source: string;
  curve: TailAwarePoint[];
}

/** The growth-optimal fraction of `returns` with `worst` added at probability π (0 ≤ π < 1). */
export function growthOptimalWithTail(returns: number[], worst: number, probability: number): number | null {
  if (returns.length === 0 || !(probability >= 0 && probability < 1)) return null;
  if (probability === 0) return growthOptimalFraction(returns);
  const weight = (probability * returns.length) / (1 - probability);
  return growthOptimalFraction([...returns, worst], [...returns.map(() => 1), weight]);
}

/** null when no trade has a margin (no known worst case) or there is no risk unit. */
export function tailAwareKelly(closed: Trade[], riskBasis: RiskBasis, unit: number | null, probability?: number): TailAwareKelly | null {
  const withMargin = tradesWithMargin(closed);
  if (withMargin.length === 0) return null;
  const maxLossPerContract = withMargin.reduce((high, t) => Math.max(high, (t.marginReq as number) / t.contracts), 0);
  const returns = returnsInRiskUnits(closed, riskBasis, unit);
  if (returns.length === 0 || !(maxLossPerContract > 0)) return null;
  const worst = riskBasis === 'margin' ? -1 : unit !== null && unit > 0 ? -maxLossPerContract / unit : null;
  if (worst === null || !Number.isFinite(worst)) return null;
  const n = returns.length;
  const pi = probability ?? 1 / (n + 1);
  const grid = Array.from({ length: TAIL_CURVE_POINTS - 1 }, (_, i) => (0.1 / (n + 1)) * 100 ** (i / (TAIL_CURVE_POINTS - 2)));
  return {
    maxLossPerContract,
    maxLossInRiskUnits: worst,
    probability: pi,
    growthOptimal: growthOptimalWithTail(returns, worst, pi),
    source: `the largest margin per contract of ${withMargin.length} trade${withMargin.length === 1 ? '' : 's'} with a margin (a defined-risk spread's margin is its maximum loss)`,
    curve: [0, ...grid.filter((p) => p < 1)].map((p) => ({ probability: p, growthOptimal: growthOptimalWithTail(returns, worst, p) })),
  };
}
