/**
 * The allocator's input and result types (issue 19, SPEC-metrics §6). A result carries what the
 * Allocate page and the report section need: the calendar, weights, contributions, frontier
 * points, correlation with shared days, walk-forward folds and the out-of-sample curve.
 */
import type { Trade, ReturnSeries } from '../model';

export const ALLOCATION_METHODS = ['equal', 'inverse-vol', 'risk-parity', 'min-variance', 'max-sharpe', 'kelly', 'kelly-gaussian', 'kelly-margin'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];
/** Each method in words (page, report). */
export const ALLOCATION_METHOD_LABELS: Record<AllocationMethod, string> = {
  equal: 'Equal weight',
  'inverse-vol': 'Inverse volatility',
  'risk-parity': 'Risk parity',
  'min-variance': 'Minimum variance',
  'max-sharpe': 'Maximum Sharpe',
  kelly: 'Kelly, exact growth-optimal',
  'kelly-gaussian': 'Kelly, Gaussian Σ⁻¹μ',
  'kelly-margin': 'Kelly on margin (contracts)',
};
export const PERIODS = ['daily', 'weekly', 'monthly'] as const;
export type Period = (typeof PERIODS)[number];
export const COVARIANCES = ['sample', 'ledoit-wolf'] as const;
export type CovarianceKind = (typeof COVARIANCES)[number];

/** One input file: a trade log (one or more strategies) or daily return series (prices or legs). */
export type AllocationSource =
  | {
      kind: 'trades';
      file: string;
      trades: readonly Trade[];
      startingCapital: number;
      /** Margin as capital basis: each strategy's P/L ÷ its own peak historical margin in use (by strategy name as written in the log; blank: the file stem). */
      marginBasis?: Readonly<Record<string, number>>;
    }
  | { kind: 'series'; file: string; series: readonly ReturnSeries[] };

/** One column of the allocation: a strategy of a trade log, or an asset / leg. */
export interface AllocationAsset {
  name: string;
  file: string;
  kind: 'strategy' | 'series';
  /** The strategy's trades (strategy kind only). */
  trades: readonly Trade[];
  /** Strategy: the capital its P/L is divided by. Series: 1. */
  capitalBasis: number;
  series: ReturnSeries | null;
}

export interface WeightConstraints {
  /** Per-asset minimum weight (0: long-only). */
  min: number;
  /** Per-asset maximum weight. */
  max: number;
  /** Σ weights ≤ ceiling (Kelly methods) or = ceiling (fully invested methods); kelly-margin: total margin ÷ capital. */
  ceiling: number;
}

export interface AllocationOptions extends WeightConstraints {
  method: AllocationMethod;
  fraction: number;
  capital: number;
  covariance: CovarianceKind;
  period: Period;
  /** kelly-margin: per-strategy min and max contracts. */
  minContracts: number;
  maxContracts: number;
}

export interface MarginalContribution {
  /** Portfolio Sharpe / max drawdown / CAGR with the asset, and with its weight set to 0. */
  sharpeWith: number | null;
  sharpeWithout: number | null;
  maxDrawdownWith: number;
  maxDrawdownWithout: number;
  cagrWith: number | null;
  cagrWithout: number | null;
}

export interface AssetAllocation {
  name: string;
  file: string;
  weight: number;
  /** Share of the portfolio variance (sums to 1); null when the variance is 0. */
  riskContribution: number | null;
  /** ∂σ/∂wᵢ = (Σw)ᵢ / σ (per period); null when σ is 0. */
  marginalRisk: number | null;
  marginal: MarginalContribution;
  /** kelly-margin: contracts per trade after the fraction (continuous) and floored. */
  contracts: number | null;
  wholeContracts: number | null;
  /** Dollars the weight means at the capital. */
  dollars: number;
}

export interface BindingMoment {
  date: string;
  time: string;
  /** Margin needed by the fitted contracts ÷ capital. */
  utilisation: number;
}

export interface KellyMarginDetail {
  /** Full-Kelly continuous contracts. */
  fullContracts: number[];
  /** After the fraction, continuous. */
  contracts: number[];
  wholeContracts: number[];
  /** Mean daily log growth at the fraction, continuous and whole; the growth the floor costs. */
  growth: number;
  wholeGrowth: number;
  roundingCost: number;
  peakMarginUtilisation: number;
  wholePeakMarginUtilisation: number;
  /** Moments where the full-Kelly contracts put the margin at the ceiling. */
  binding: BindingMoment[];
  /** Number of distinct opening moments constrained, and the margin timing level. */
  moments: number;
  level: 'time' | 'day' | 'mixed';
  iterations: number;
}

export interface MethodResult {
  method: AllocationMethod;
  weights: number[];
  assets: AssetAllocation[];
  /** Annualized mean return and volatility of the weighted portfolio. */
  expectedReturn: number;
  volatility: number;
  /** Mean log growth per period of the fitted weights over the calendar; null when a period ruins. */
  expectedLogGrowth: number | null;
  maxDrawdown: number;
  sharpe: number | null;
  cagr: number | null;
  /** The stated fallback and other messages (degenerate inputs, binding bounds). */
  messages: string[];
  kellyMargin: KellyMarginDetail | null;
}
