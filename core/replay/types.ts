/**
 * Shapes of the replay (scenario simulator): sizing rules, constraints, the prepared input
 * (typed arrays, structured-clonable so a worker receives it once) and per-scenario results.
 */

import type { RiskFreeUsed } from '../stats/risk-free';
import type { RiskBasis } from '../sizing/risk-basis';
import type { NullReasons, Ruin } from '../stats/types';

/**
 * What one contract "risks" (core/sizing's RiskBasis), as the replay measures it at a trade's open:
 * - 'avg-loss': mean |P/L per contract| of losing trades (of the estimate window);
 * - 'max-loss': the largest |P/L per contract| of a losing trade (of the estimate window);
 * - 'margin': this trade's own margin per contract × the broker margin multiplier.
 */
export type { RiskBasis };

export type SizingRule =
  /** N contracts per trade. */
  | { kind: 'fixed'; contracts: number }
  /** floor(amount / risk per contract). */
  | { kind: 'dollar-risk'; amount: number; basis: RiskBasis }
  /** floor(fraction · equity / risk per contract). */
  | { kind: 'fraction'; fraction: number; basis: RiskBasis }
  /** Discrete Kelly f* = p − q/b of the per-contract P/L sample × multiplier, then as 'fraction'. */
  | { kind: 'kelly'; multiplier: number; basis: RiskBasis }
  /** floor(annualVol/√252 · equity / sd of trailing daily P/L of one contract). */
  | { kind: 'vol-target'; annualVol: number }
  /** Vince optimal f on per-contract P/L: floor(equity / f$), f$ = |largest loss| / f*. */
  | { kind: 'optimal-f' }
  /** The log's own contract counts. */
  | { kind: 'log' }
  /**
   * A fixed number of contracts per strategy (name → contracts; a strategy not named, or
   * at 0, is not traded): the Sizing page's recommendation (core/app/recommendation).
   */
  | { kind: 'per-strategy'; contracts: Record<string, number> };

/**
 * Where rule estimates (avg/max loss, Kelly, optimal f) come from:
 * 'trailing' = only trades closed before the trade's open (no look-ahead; warm-up applies);
 * 'full-sample' = the whole log (look-ahead: the outcome of later trades sizes earlier ones).
 */
export type EstimateWindow = 'trailing' | 'full-sample';

export interface GuardrailRule {
  /** Drawdown of realized equity from its running peak (fraction) at or above which the rule acts. */
  drawdown: number;
  /** Multiply size by this while in such a drawdown, or 'stop' opening trades. */
  action: { multiplier: number } | 'stop';
}

export interface ReplaySettings {
  startingCapital: number;
  /** Max total margin of open trades as a fraction of realized equity; null = no ceiling. */
  marginCeiling: number | null;
  /** The broker's margin ÷ the log's margin (1 = as logged). */
  marginMultiplier: number;
  /** Max trades open at once; null = no limit. */
  maxOpenTrades: number | null;
  /** Commission per contract per trade (round trip) replacing the log's fees; null = keep the log's fees. */
  commissionPerContract: number | null;
  /** Trading allowed on each weekday of the open date, index 0 = Sunday … 6 = Saturday. */
  weekdays: boolean[];
  /**
   * After `losses` consecutive losing trades of the log (in close order, whether taken or not),
   * multiply size by `multiplier` until a winning trade; scratches leave the streak unchanged.
   */
  streak: { losses: number; multiplier: number } | null;
  guardrail: GuardrailRule | null;
  estimates: EstimateWindow;
  /** Trailing estimates need this many closed trades (and a loss) before a rule sizes anything. */
  warmupTrades: number;
  /** Annual risk-free rate for Sharpe (decimal); a historical series on the input (ReplayInput.riskFree) replaces it. */
  riskFreeRate: number;
}

export interface ReplayScenario {
  rule: SizingRule;
  settings: ReplaySettings;
}

export const SKIP_REASONS = [
  'weekday',
  'ruined',
  'guardrail',
  'streak',
  'max-open',
  'no-estimate',
  'no-edge',
  'no-margin-data',
  'below-one-contract',
  'margin-ceiling',
  'size-too-large',
] as const;

/**
 * Why a trade was not taken: trading day disabled; equity at or below 0; drawdown guardrail
 * 'stop', or its multiplier cut the size below one contract; the losing-streak multiplier
 * cut the size below one contract; max open trades reached; the rule's estimate is not available (trailing warm-up,
 * or no losing trade yet to measure risk by); the rule's edge is
 * ≤ 0 (Kelly, optimal f) or the trailing volatility is 0; margin basis without margin data;
 * sized below one contract; margin ceiling leaves room for less than one contract; the rule's size is
 * beyond 2^53 contracts or not a number (a risk per contract near 0), so it cannot be counted exactly.
 */
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Trades of a log as typed arrays in open order (date, time opened, Funds at Close). */
export interface ReplayInput {
  count: number;
  /** Seconds since 1970-01-01 of each open and close (missing times: 00:00:00 / 23:59:59). */
  openTime: Float64Array;
  closeTime: Float64Array;
  /** Trade indices in close order (ties: open order). */
  closeOrder: Int32Array;
  logContracts: Float64Array;
  pl: Float64Array;
  /** (P/L + fees) / contracts. */
  grossPerContract: Float64Array;
  /** Margin Req. / contracts; NaN when unknown. */
  marginPerContract: Float64Array;
  /** OptionOmega Max Loss per contract: |Max Loss %| ÷ 100 × |premium per contract|; NaN when either is unknown. */
  maxLossPerContract: Float64Array;
  /** Index into `strategies` of each trade's strategy. */
  strategy: Int32Array;
  /** Strategy names, in order of first appearance (open order). */
  strategies: string[];
  /** 0 = Sunday … 6 = Saturday, of the open date. */
  openWeekday: Uint8Array;
  /** Index in `dates` of the business day a close counts on (weekend → the Friday before). */
  closeDay: Int32Array;
  /** Index in `dates` of the business day on or before the open date (the volatility window ends the day before it). */
  openDay: Int32Array;
  /** Business days of the equity curve, ISO. */
  dates: string[];
  /** Calendar days from the first open to the last close (CAGR). */
  spanDays: number;
  /** The log's own equity after each trade closed (Funds at Close), NaN when unknown. */
  fundsAtClose: Float64Array;
  /** Trades left out (still open, or closing before they open), in words. */
  warnings: string[];
  /**
   * A historical risk-free rate (SPEC §2, DTB3): one daily rate per business day of `dates`,
   * replacing every scenario's fixed `riskFreeRate` for Sharpe (./with-risk-free).
   */
  riskFree?: { daily: number[]; used: RiskFreeUsed };
}

export interface ScenarioResult {
  /** The rule as a spec string (`fraction:0.05:avg-loss`). */
  rule: string;
  /** End-of-day realized equity on each business day of `input.dates`. */
  equity: Float64Array;
  /** Drawdown from the running peak (peak starts at the starting capital), per business day. */
  drawdown: Float64Array;
  finalEquity: number;
  /** (final / start)^(365.25 / calendar days from first open to last close) − 1; null without a time span, when final ≤ 0, or after a ruin. */
  cagr: number | null;
  /** Max of the daily drawdown curve (each day capped at 100%); 1 after a ruin. */
  maxDrawdown: number;
  /** CAGR / max drawdown; null when either is undefined or the drawdown is 0. */
  mar: number | null;
  /** mean(r − rf/252) / sd(r, n−1) · √252 of daily returns r_t = (E_t − E_{t−1}) / E_{t−1}; null when undefined. */
  sharpe: number | null;
  tradesTaken: number;
  tradesSkipped: number;
  skippedByReason: Record<SkipReason, number>;
  /** Trades whose size the margin ceiling reduced (still taken). */
  cappedByMarginCeiling: number;
  maxContracts: number;
  /** Peak of (margin of open trades × multiplier) / realized equity, at opens. */
  peakMarginUse: number;
  /** Peak margin of open trades in dollars. */
  peakMargin: number;
  /** Per trade (open order): contracts taken (0 = skipped); whole numbers, exact up to 2^53. */
  contracts: Float64Array;
  /** Per trade: replayed net P/L (0 when skipped). */
  tradePl: Float64Array;
  /** Per trade: realized equity right after its close event (whether or not it was taken). */
  equityAfterClose: Float64Array;
  /** Per trade: index into SKIP_REASONS, −1 when taken. */
  skipReason: Int8Array;
  /**
   * The close after which realized equity was first at or below 0 (SPEC §2 "Ruin"): its business
   * day and the equity then. No trade opens after it (skip reason 'ruined'); trades already open
   * still close with their P/L. null when equity stayed positive.
   */
  ruin: Ruin | null;
  /** Why each null metric is null ("ruined on 2025-01-08: equity fell to −300.00", "the trades span less than a calendar day"). */
  nullReasons: NullReasons<ScenarioMetricId>;
  /** What the result does not account for, in words (e.g. trades without margin data under a margin ceiling). */
  warnings: string[];
}

/** Scenario metrics that can be null, each with its reason in `nullReasons`. */
export type ScenarioMetricId = 'cagr' | 'mar' | 'sharpe';
