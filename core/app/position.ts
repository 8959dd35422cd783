/**
 * Use case: the position calculator (Calculator page, data worker). A ticket whose
 * probability source is a workspace strategy's recent history (source b) is resolved here:
 * the per-contract P/L of that strategy's closed trades in the last `days` days
 * (core/calculator historyOutcomes), then computePosition.
 */
import { computePosition, historyOutcomes, type CalculatorInput, type PositionOutcome, type ProbabilitySource } from '../calculator';
import type { WorkspaceContent } from './workspace-content';

/** Calculator probability source (b): the per-contract P/L of a workspace strategy's last `days` days. */
export interface StrategyHistorySource {
  kind: 'strategy-history';
  strategy: string;
  days: number;
}

/** A calculator ticket: the calculator input, with source (b) named by strategy instead of outcomes. */
export type CalculatorTicket = Omit<CalculatorInput, 'probability'> & { probability: ProbabilitySource | StrategyHistorySource };

export interface TicketOutcome {
  outcome: PositionOutcome;
  /** For source (b): how many closed trades fell in the lookback period. */
  history: { strategy: string; days: number; trades: number } | null;
}

export function workspacePosition(content: WorkspaceContent, ticket: CalculatorTicket): TicketOutcome {
  const source = ticket.probability;
  if (source.kind !== 'strategy-history') return { outcome: computePosition(ticket as CalculatorInput), history: null };
  if (!content.trades.some((t) => t.strategy === source.strategy)) {
    return { outcome: { ok: false, errors: [{ field: 'probability.strategy', message: 'Choose a strategy of the loaded trade log.' }] }, history: null };
  }
  if (!Number.isInteger(source.days) || source.days < 1) {
    return { outcome: { ok: false, errors: [{ field: 'probability.days', message: 'Days must be a whole number, 1 or more.' }] }, history: null };
  }
  const outcomes = historyOutcomes(content.trades, source.strategy, source.days);
  return {
    outcome: computePosition({ ...ticket, probability: { kind: 'history', outcomes } }),
    history: { strategy: source.strategy, days: source.days, trades: outcomes.length },
  };
}
