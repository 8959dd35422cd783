/**
 * Monte Carlo (SPEC §5): build a config from trades, simulate chunks of paths (in one
 * thread or across workers), merge the partials in path order and summarize.
 */
import { simulateChunk } from './kernel';
import { summarize } from './summary';
import type { MonteCarloConfig, MonteCarloSummary } from './types';

export type * from './types';
export { buildMonteCarloConfig, DEFAULT_CHECKPOINTS, MAX_PATHS, type ConfigOutcome, type MonteCarloOptions } from './config';
export { worstLossPerContract, type WorstCaseBasis } from './worst-loss';
export { COMPOUNDING_CONTRACT_RATIO } from './pools';
export { simulateChunk, type ProgressCallback } from './kernel';
export { mergePartials, summarize, SAMPLE_PATHS } from './summary';
export { checkpointSteps, MAX_CHECKPOINTS } from './checkpoints';
export { percentilesInPlace } from './quantiles';

/** All paths in this thread. */
export function runMonteCarlo(config: MonteCarloConfig): MonteCarloSummary {
  return summarize(config, simulateChunk(config, 0, config.paths));
}
