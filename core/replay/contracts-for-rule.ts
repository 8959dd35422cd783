/**
 * Sizing rule → contracts (SPEC §4, the replay's rules): the one formula the replay engine
 * (at each open, from the equity realized so far) and the Monte Carlo's dollar pools (at
 * equity 1, "contracts per dollar of equity") both use.
 *
 *   fixed:N      → N
 *   per-strategy → the contracts named for the trade's strategy (0 when not named: not traded)
 *   log          → the trade's logged contracts
 *   dollar-risk  → amount ÷ risk per contract
 *   fraction     → fraction · equity ÷ risk per contract
 *   kelly        → Kelly · multiplier · equity ÷ risk per contract (Kelly ≤ 0: no edge)
 *   optimal-f    → equity ÷ f$ (f$ = |largest loss| ÷ f*; no loss: no estimate; no f*: no edge)
 *   vol-target   → target daily vol · equity ÷ the trade's trailing daily vol of one contract
 *
 * Risk per contract by basis: margin → the trade's margin per contract × the margin multiplier;
 * avg-loss → mean |loss| per contract; max-loss → largest loss per contract.
 *
 * The result is the size before the streak/guardrail multipliers and flooring, or, when the
 * rule cannot size the trade, a negative code −1 − index into SKIP_REASONS (one pass over
 * typed arrays, no allocation per trade). `skipOf` decodes it.
 */
import type { OptimalF } from '../sizing/optimal-f';
import { type RiskBasis, type SizingRule, SKIP_REASONS, type SkipReason } from './types';

/** What the rule needs to know about trade i (all per contract). */
export interface RuleSizingContext {
  logContracts(i: number): number;
  /** Strategy name of trade i. */
  strategyName(i: number): string;
  /** Margin per contract of trade i (already × the margin multiplier); ≤ 0 or NaN when unknown. */
  marginPerContract(i: number): number;
  /** Mean |loss| per contract; NaN without a loss. */
  averageLoss(): number;
  /** Largest loss per contract; 0 without a loss. */
  largestLoss(): number;
  /** Discrete Kelly of the per-contract sample; NaN without a loss. */
  kelly(): number;
  /** Optimal f of the per-contract sample; null when it is not defined. */
  optimalF(): OptimalF | null;
  /** Trailing daily volatility of one contract at trade i's open (vol-target; NaN = not enough history). */
  volatility(i: number): number;
}

const code = Object.fromEntries(SKIP_REASONS.map((reason, i) => [reason, -1 - i])) as Record<SkipReason, number>;

/** The skip reason of a negative `contractsForRule` result, or null for a size. */
export function skipOf(raw: number): SkipReason | null {
  return raw < 0 ? SKIP_REASONS[-1 - raw] : null;
}

/** Dollars one contract of trade i risks on `basis`; NaN when unknown. */
export function riskPerContract(basis: RiskBasis, i: number, context: RuleSizingContext): number {
  if (basis === 'margin') return context.marginPerContract(i);
  if (basis === 'avg-loss') return context.averageLoss();
  const largest = context.largestLoss();
  return largest > 0 ? largest : NaN;
}

/** Contracts of trade i under `rule` at `equity` (before multipliers and flooring), or −1 − skip-reason index. */
export function contractsForRule(rule: SizingRule, equity: number, i: number, context: RuleSizingContext): number {
  switch (rule.kind) {
    case 'fixed':
      return rule.contracts;
    case 'log':
      return context.logContracts(i);
    case 'per-strategy':
      {
      const name = context.strategyName(i);
      return Object.hasOwn(rule.contracts, name) ? rule.contracts[name] : 0;
    }
    case 'dollar-risk':
    case 'fraction':
    case 'kelly': {
      const risk = riskPerContract(rule.basis, i, context);
      if (!(risk > 0)) return rule.basis === 'margin' ? code['no-margin-data'] : code['no-estimate'];
      if (rule.kind === 'dollar-risk') return rule.amount / risk;
      if (rule.kind === 'fraction') return (rule.fraction * equity) / risk;
      const kelly = context.kelly();
      if (Number.isNaN(kelly)) return code['no-estimate'];
      if (!(kelly > 0)) return code['no-edge'];
      return (kelly * rule.multiplier * equity) / risk;
    }
    case 'optimal-f': {
      if (!(context.largestLoss() > 0)) return code['no-estimate'];
      const fit = context.optimalF();
      if (fit === null) return code['no-edge'];
      return equity / fit.fDollar;
    }
    case 'vol-target': {
      const sd = context.volatility(i);
      if (Number.isNaN(sd)) return code['no-estimate'];
      if (!(sd > 0)) return code['no-edge'];
      return ((rule.annualVol / Math.sqrt(252)) * equity) / sd;
    }
  }
}
