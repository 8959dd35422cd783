/** Edge realism and risk of ruin (SPEC-metrics §4): public entry point. */
export { normalCdf, normalPdf, normalQuantile } from './normal';
export { moments, type Moments } from './moments';
export { probabilisticSharpe, sharpeVarianceFactor } from './probabilistic-sharpe';
export { deflatedSharpe, expectedMaxSharpe, type DeflatedSharpeInput } from './deflated-sharpe';
export { explainedMinTrackRecord, minTrackRecordLength, minTrackRecordPeriods } from './min-track-record';
export { thorpRuin } from './thorp-ruin';
export { empiricalOutcomes, lundbergBound, lundbergExponent, type Outcome } from './lundberg';
export { assessRealism, IMPLAUSIBLE_SHARPE, MIN_RETURNS, type RealismLevel, type RealismMetricId, type RealismOptions, type RealismReport } from './assess';
