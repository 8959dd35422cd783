/**
 * Shapes of the live-vs-backtest comparison (issue 14): the options, the strategy-name
 * mapping proposals, the matched pairs and the per-strategy summary. `LiveComparison` is the
 * JSON the CLI prints (`sizewise compare --json`): the keys (window, strategies[],
 * pairs[]) plus the per-pair and per-strategy details the page needs. Every number is finite;
 * a null field carries its reason in the `nullReasons` of the same object (field → reason).
 */

/** Field name → why that field is null (only null fields appear). */
export type NullReasons = Record<string, string>;

/** A live name → backtest name pairing, with the evidence for it. */
export interface MappingProposal {
  liveName: string;
  backtestName: string;
  /** (nameSimilarity + dateOverlap) / 2, in [0, 1]. */
  score: number;
  /** Token Jaccard of the normalised names (1 for an acronym of the other), in [0, 1]. */
  nameSimilarity: number;
  /** Jaccard of the two strategies' trading days within their common date range, in [0, 1]. */
  dateOverlap: number;
  /** The evidence in words, e.g. `no common name tokens; traded on 5 of the same 7 days`. */
  reason: string;
}

export interface MappingProposals {
  /** Every live × backtest pair with some evidence (score > 0), best first. */
  candidates: MappingProposal[];
  /**
   * The suggested mapping: one-to-one, greedily by score (exact names first), each with
   * score ≥ the minimum; live names without a suggestion are absent.
   */
  suggested: MappingProposal[];
}

/**
 * Live strategy name → backtest strategy name, or null for "no backtest twin" (confirmed).
 * Several live names may map to one backtest strategy (a strategy renamed in the live log).
 */
export type StrategyMapping = Record<string, string | null>;

export interface CompareLiveOptions {
  /** Largest |live open − backtest open| on the same day for a pair, minutes; default 30. */
  toleranceMinutes?: number;
  /** Confirmed live → backtest names; live names left out get the suggested proposal. */
  mapping?: StrategyMapping;
  /** A suggestion is applied without confirmation only from this score up; default 0.2. */
  minMappingScore?: number;
  /** Bootstrap draws per strategy for drift; default 10,000. */
  sims?: number;
  /** Integer seed of the drift bootstrap; default 1. */
  seed?: number;
  /** Mean block length of the stationary bootstrap; default round(∛(backtest trades of the strategy)), as the Monte Carlo. */
  meanBlockLength?: number;
  /** "Drifting" below this percentile of the bootstrap (a fraction); default 0.05. */
  driftPercentile?: number;
  /** Suggested multiplier 0 below this percentile; default 0.01. */
  cutPercentile?: number;
  /** Drift needs at least this many matched closed pairs; default 10. */
  minDriftTrades?: number;
}

export interface ResolvedCompareOptions {
  toleranceMinutes: number;
  mapping: StrategyMapping;
  minMappingScore: number;
  sims: number;
  seed: number;
  meanBlockLength: number | null;
  driftPercentile: number;
  cutPercentile: number;
  minDriftTrades: number;
}

export type PairCategory = 'matched' | 'liveOnly' | 'backtestOnly';

export interface LivePair {
  /** The backtest strategy (null for a live strategy without one). */
  strategy: string | null;
  /** The live strategy name (null for a backtest-only trade of a strategy never traded live). */
  liveStrategy: string | null;
  category: PairCategory;
  /** `YYYY-MM-DDTHH:MM:SS` (the date alone when the log has no time). */
  liveOpened: string | null;
  backtestOpened: string | null;
  /** Live open − backtest open, seconds (positive: live opened later). */
  openTimeDifferenceSeconds: number | null;
  liveContracts: number | null;
  backtestContracts: number | null;
  /** Dollars per contract, signed as OptionOmega signs it (credit > 0, debit < 0). */
  livePremiumPerContract: number | null;
  backtestPremiumPerContract: number | null;
  /** live − backtest premium per contract: > 0 the live fill was better (more credit, or less debit). */
  slippagePerContract: number | null;
  plPerContractLive: number | null;
  plPerContractBacktest: number | null;
  /** live − backtest P/L per contract. */
  plPerContractDifference: number | null;
  exitReasonLive: string | null;
  exitReasonBacktest: string | null;
  exitReasonAgrees: boolean | null;
  nullReasons: NullReasons;
}

export interface CumulativePoint {
  /** The live open of the pair (`YYYY-MM-DDTHH:MM:SS`). */
  opened: string;
  /** Running sums over the matched closed pairs, dollars per contract. */
  live: number;
  backtest: number;
}

export interface StrategyComparison {
  /** Backtest strategy name; null for a live strategy mapped to none. */
  name: string | null;
  /** Live name(s) mapped to it, joined with " + "; null when none was traded live. */
  liveName: string | null;
  liveNames: string[];
  /** How the mapping was decided: confirmed by the user, suggested (score ≥ minimum), or none. */
  mappingSource: 'confirmed' | 'suggested' | 'none';
  mappingScore: number | null;
  mappingReason: string;
  matched: number;
  liveOnly: number;
  backtestOnly: number;
  /** Trades of either log opened outside the comparison window (not misses): live + backtest. */
  outsideWindow: number;
  outsideWindowLive: number;
  outsideWindowBacktest: number;
  /** matched / (matched + backtestOnly): the share of in-window backtest trades taken live. */
  fillRate: number | null;
  meanSlippagePerContract: number | null;
  medianSlippagePerContract: number | null;
  /** Share of matched pairs (both reasons known) whose exit reasons agree. */
  exitReasonAgreement: number | null;
  meanOpenTimeDifferenceSeconds: number | null;
  /** Matched pairs with both trades closed: the P/L statistics and drift use these. */
  closedPairs: number;
  /** Σ live P/L per contract over the closed pairs (one contract through every pair). */
  livePlPerContract: number | null;
  /** Σ backtest P/L per contract over the same pairs. */
  backtestPlPerContract: number | null;
  /** Σ live P/L over the closed pairs, dollars. */
  liveTotalPl: number | null;
  /** Σ backtest P/L per contract × the pair's live contracts: the backtest at the live size. */
  backtestTotalPlAtLiveContracts: number | null;
  cumulative: CumulativePoint[];
  /** Share of bootstrap sums of n backtest trades below the live sum (ties count half), in [0, 1]. */
  driftPercentile: number | null;
  drifting: boolean | null;
  /** Bootstrap sums (dollars per contract): 1st, 5th, 50th and 95th percentiles. */
  driftBootstrap: { p1: number; p5: number; p50: number; p95: number } | null;
  driftTrades: number;
  suggestedMultiplier: number | null;
  nullReasons: NullReasons;
}

export interface LiveComparison {
  /** Overlap of the two logs' open dates; trades outside it are counted apart. */
  window: { from: string | null; to: string | null; nullReasons: NullReasons };
  strategies: StrategyComparison[];
  pairs: LivePair[];
  /** Every live × backtest name pair with some evidence, best first (the mapping step). */
  mappingCandidates: MappingProposal[];
  /** The conventions of this comparison in words (tolerance, bootstrap, multiplier rule). */
  conventions: string[];
  warnings: string[];
}

export type CompareLiveOutcome = { ok: true; comparison: LiveComparison } | { ok: false; message: string };
