/**
 * core/allocate — splitting capital across strategies and assets (issue 19, SPEC-metrics §6):
 * shared calendar, correlation, covariance, the weight methods, margin-feasible Kelly on trade
 * logs, per-method figures, the efficient frontier and walk-forward evaluation.
 */
export * from './types';
export { allocate, correlationOnly, DEFAULT_ALLOCATION_OPTIONS, validateAllocationOptions, type AllocationOutcome, type AllocationReport, type AllocationRequest } from './allocate';
export { buildCalendar, periodsPerYear, type AllocationCalendar, type InputSpan } from './calendar';
export { CORRELATION_METHODS, correlationMatrix, kendall, MIN_SHARED_DAYS, pearson, spearman, type CorrelationBasis, type CorrelationMethod, type CorrelationResult } from './correlation';
export { estimateCovariance, ledoitWolf, sampleCovariance, type CovarianceEstimate, type ShrinkageTarget } from './covariance';
export { allocationAssets, prepareAllocation, type AllocationData } from './data';
export { efficientFrontier, type FrontierPoint } from './frontier';
export { maximizeLogGrowth, meanLogGrowth, type GrowthProblem } from './log-growth';
export { fileStem, strategyName, uniqueNames } from './naming';
export { isSeriesHeader, parseSeriesFile, type SeriesParse } from './price-series';
export { runMethod, KELLY_MARGIN_NEEDS_TRADES } from './run-method';
export { foldWindows, walkForward, type WalkForwardOptions, type WalkForwardResult, type WalkForwardFold } from './walk-forward';
export * from './saved-run';
