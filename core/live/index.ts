/**
 * Live vs backtest (issue 14): match live fills (OptionOmega reporting log) to backtest
 * trades, measure slippage per pair and strategy, test each strategy's live record for drift
 * against its backtest, and suggest a size multiplier. `compareLive` is the use case;
 * `proposeStrategyMapping` feeds the mapping step (the user confirms or edits it).
 */
export type * from './types';
export { compareLive } from './compare-live';
export { proposeStrategyMapping, DEFAULT_MIN_MAPPING_SCORE } from './strategy-mapping';
export { resolveCompareOptions, LIVE_DEFAULTS } from './options';
export { liveConventions } from './conventions';
export { bootstrapDrift, type DriftOutcome, type DriftOptions } from './drift';
export { suggestedMultiplier, multiplierRule } from './multiplier';
export { matchStrategy, type StrategyMatch, type MatchedPair } from './match-trades';
export { optimalMatching } from './assignment';
export { backtestSides, liveSides, type TradeSide } from './trade-side';
export { comparisonWindow, type ComparisonWindow } from './comparison-window';
