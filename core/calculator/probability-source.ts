/**
 * Turns the calculator's probability source into a raw (full) Kelly fraction, and says what
 * that fraction is a fraction OF per unit traded:
 * - 'risk': dollars one unit loses on a loss (odds, models, history — discrete Kelly, SPEC §3);
 * - 'exposure': the unit's notional, price × multiplier (forecast — continuous Kelly, a leverage);
 * - 'stake': the price paid for the contract (binary — lost entirely if wrong).
 * For a short ticket the forecast's edge is −μ; history outcomes are taken as given.
 */
import { binaryKelly } from '../sizing/binary-kelly';
import { continuousKelly } from '../sizing/continuous-kelly';
import { discreteKelly, explainedKelly } from '../stats/discrete-kelly';
import { aggregateModels, type Direction } from '../sizing/model-aggregation';
import type { ProbabilitySource } from './schema';

export type KellyUnit = 'risk' | 'exposure' | 'stake';

export interface SourceEdge {
  /** Full Kelly from the source; null when the source cannot define it (no losses in history...). */
  rawKelly: number | null;
  /** The win probability used (decided win rate for history); null for a forecast. */
  probability: number | null;
  kellyUnit: KellyUnit;
  /** Mean |loss| per unit of the history outcomes; null for other sources. */
  historyLossPerUnit: number | null;
  /** The direction the source points to; null when it accepts the ticket's side. */
  direction: Direction | null;
  notes: string[];
}

function historyEdge(outcomes: number[]): SourceEdge {
  const wins = outcomes.filter((v) => v > 0).length;
  const lossValues = outcomes.filter((v) => v < 0);
  const notes: string[] = [];
  const kelly = explainedKelly(outcomes);
  if (lossValues.length === 0) notes.push('The trade history has no losses: Kelly is undefined, no position.');
  else if (wins === 0) notes.push('The trade history has no wins: no edge, no position.');
  else if (kelly.value === null) notes.push(`Kelly is undefined for this history: ${kelly.reason}. No position.`);
  return {
    rawKelly: kelly.value,
    probability: wins + lossValues.length === 0 ? null : wins / (wins + lossValues.length),
    kellyUnit: 'risk',
    historyLossPerUnit: lossValues.length === 0 ? null : -lossValues.reduce((s, v) => s + v, 0) / lossValues.length,
    direction: null,
    notes,
  };
}

/** `price` is the instrument's entry price (the contract price for a binary). */
export function edgeFromSource(source: ProbabilitySource, side: Direction, price: number): SourceEdge {
  const base = { historyLossPerUnit: null, direction: null, notes: [] as string[] };
  switch (source.kind) {
    case 'odds':
      return { ...base, rawKelly: discreteKelly(source.p, source.b), probability: source.p, kellyUnit: 'risk' };
    case 'history':
      return historyEdge(source.outcomes);
    case 'forecast': {
      const edge = side === 'long' ? source.mu : -source.mu;
      return { ...base, rawKelly: continuousKelly(edge, source.sigma, source.riskFree ?? 0), probability: null, kellyUnit: 'exposure' };
    }
    case 'models': {
      const combined = aggregateModels(source.models, source.weights, source.threshold);
      const rawKelly = combined.direction === null ? 0 : discreteKelly(combined.p, source.b);
      return { ...base, rawKelly, probability: combined.p, kellyUnit: 'risk', direction: combined.direction, notes: [`Models: ${combined.reason}.`] };
    }
    case 'binary':
      return { ...base, rawKelly: binaryKelly(source.p, price, source.side), probability: source.p, kellyUnit: 'stake' };
  }
}
