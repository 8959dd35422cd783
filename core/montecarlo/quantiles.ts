/** The Monte Carlo summary's percentiles: the one implementation lives in core/numeric/quantiles (shared with core/sizing's Kelly band). */
export { nonNegativePercentiles, percentilesInPlace } from '../numeric/quantiles';
