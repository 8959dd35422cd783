/**
 * Growth and drawdown risk as the fraction goes from 0 to 2× full Kelly (the Sizing chart),
 * and the risk of ruin at one fraction. Fractions are in risk units (the returns rᵢ are per
 * unit of risk, see risk-basis). At each fraction f:
 * - growth = expected log growth per trade, mean ln(1 + f·rᵢ) (null where undefined);
 * - thorpHalving = Thorp's P(ever halving) = 0.5^(2/c − 1), c = f / full Kelly;
 * - lundbergHalving = the Lundberg bound 0.5^λ on P(ever halving) from the empirical returns.
 * Full Kelly is the growth-optimal fraction of the same returns. Equal returns are evaluated
 * once, weighted by their count (distinct-returns), which is exact and makes the curve of a
 * 200,000-trade log a matter of milliseconds.
 */
import { lundbergExponent, thorpRuin, type Outcome } from '../realism';
import { distinctReturns, type DistinctReturns } from './distinct-returns';
import { expectedLogGrowth } from './growth-optimal';

export const HALVING = 0.5;
export const GROWTH_CURVE_POINTS = 41;

export interface RuinEstimate {
  /** Thorp's continuous P(ever halving) at this multiple of full Kelly. */
  thorpHalving: number | null;
  /** λ with E[(1 + f·R)^(−λ)] = 1; 0 when growth is not positive; null when nothing loses. */
  lundbergExponent: number | null;
  /** 0.5^λ, an upper bound on P(ever halving). */
  lundbergHalving: number | null;
}

export interface GrowthPoint extends RuinEstimate {
  fraction: number;
  /** Expected log growth per trade. */
  growth: number | null;
}

export interface GrowthCurve {
  growthOptimal: number;
  points: GrowthPoint[];
  /** The same measures at the chosen (applied) fraction. */
  chosen: GrowthPoint;
}

function outcomesOf(sample: DistinctReturns): Outcome[] {
  return sample.values.map((value, i) => ({ value, probability: sample.counts[i] / sample.n }));
}

function ruinOn(sample: DistinctReturns, outcomes: Outcome[], f: number, growthOptimal: number): RuinEstimate {
  const lambda = f > 0 ? lundbergExponent(outcomes, f) : null;
  const nothingLoses = !(sample.values.length > 0 && sample.values[0] < 0);
  return {
    thorpHalving: thorpRuin(HALVING, f / growthOptimal),
    lundbergExponent: lambda,
    lundbergHalving: f === 0 || nothingLoses ? 0 : lambda === null ? null : HALVING ** lambda,
  };
}

/** Ruin measures at fraction f; growthOptimal > 0 is the growth-optimal fraction. */
export function ruinAt(returns: number[], f: number, growthOptimal: number): RuinEstimate {
  const sample = distinctReturns(returns);
  return ruinOn(sample, outcomesOf(sample), f, growthOptimal);
}

function pointAt(sample: DistinctReturns, outcomes: Outcome[], f: number, growthOptimal: number): GrowthPoint {
  return { fraction: f, growth: expectedLogGrowth(sample.values, f, sample.counts), ...ruinOn(sample, outcomes, f, growthOptimal) };
}

/** null when full Kelly is not positive (no edge) or there are no returns. */
export function growthCurve(returns: number[], growthOptimal: number | null, chosen: number, points = GROWTH_CURVE_POINTS): GrowthCurve | null {
  if (returns.length === 0 || growthOptimal === null || !(growthOptimal > 0) || points < 2) return null;
  const step = (2 * growthOptimal) / (points - 1);
  const sample = distinctReturns(returns);
  const outcomes = outcomesOf(sample);
  return {
    growthOptimal,
    points: Array.from({ length: points }, (_, i) => pointAt(sample, outcomes, i * step, growthOptimal)),
    chosen: pointAt(sample, outcomes, chosen, growthOptimal),
  };
}
