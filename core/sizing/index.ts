/** Sizing (SPEC-metrics §3): the Kelly family, growth-optimal and optimal f, margin history, warnings. */
export { discreteKelly, explainedKelly, kellyFromOutcomes } from '../stats/discrete-kelly';
export { continuousKelly } from './continuous-kelly';
export { binaryKelly, type BinarySide } from './binary-kelly';
export { aggregateModels, DEFAULT_CONFIDENCE_THRESHOLD, DEFAULT_MODEL_WEIGHTS, type AggregatedProbability, type Direction, type ModelOutput } from './model-aggregation';
export { expectedLogGrowth, growthOptimalFraction, maxFeasibleFraction } from './growth-optimal';
export { optimalF, type OptimalF, type OptimalFResult } from './optimal-f';
export { applyFraction, type AppliedFraction } from './fractional';
export { BASIS_LABEL, chooseBasis, contractRange, marginPerContract, outcomesOn, returnsInRiskUnits, RISK_BASIS_LABEL, riskPerContract, type BasisChoice, type KellyBasis, type RiskBasis } from './risk-basis';
export { mostInfluentialTrade, type InfluentialTrade } from './leave-one-out';
export { marginUtilisation, type MarginDay, type MarginUtilisation } from './margin-utilisation';
export { growthCurve, GROWTH_CURVE_POINTS, HALVING, ruinAt, type GrowthCurve, type GrowthPoint, type RuinEstimate } from './growth-curve';
export { MIN_TRADES, OUTLIER_CHANGE, sizingWarnings } from './sizing-warnings';
export { analyzeSizing, DEFAULT_CAP, MAX_MULTIPLIER, PORTFOLIO_NAME, validateSizingOptions, type KellyOf, type PortfolioSizing, type SizingEntry, type SizingOptions, type SizingReport } from './analyze';
export type { FieldError } from '../numeric/field-error';
export { bindingInWords, DEFAULT_LOSS_SHARE, DEFAULT_MARGIN_CEILING, DEFAULT_TOTAL_FRACTION, placeableContracts, type PlaceableConstraint, type PlaceableLimits, type PlaceableResult, type PlaceableStrategy } from './placeable';
export { distinctReturns, type DistinctReturns } from './distinct-returns';
