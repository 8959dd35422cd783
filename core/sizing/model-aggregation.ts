/**
 * Combining two model outputs into one win probability (SPEC-metrics §3, position
 * calculator): directions disagree → p = 0.5 (no trade); weighted confidence below the
 * threshold → p = 0.5 (no trade); else p = Σ wᵢ·confidenceᵢ / Σ wᵢ in the shared direction.
 * Defaults: weights 0.4 / 0.6, threshold 0.6.
 */

export type Direction = 'long' | 'short';

export interface ModelOutput {
  direction: Direction;
  /** Model confidence in its direction, 0–1. */
  confidence: number;
}

export interface AggregatedProbability {
  p: number;
  /** The agreed direction; null when there is no trade. */
  direction: Direction | null;
  reason: string;
}

export const DEFAULT_MODEL_WEIGHTS: readonly [number, number] = [0.4, 0.6];
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.6;

export function aggregateModels(
  models: readonly [ModelOutput, ModelOutput],
  weights: readonly [number, number] = DEFAULT_MODEL_WEIGHTS,
  threshold = DEFAULT_CONFIDENCE_THRESHOLD,
): AggregatedProbability {
  const [a, b] = models;
  if (a.direction !== b.direction) return { p: 0.5, direction: null, reason: `models disagree (${a.direction} vs ${b.direction}): no trade` };
  const weighted = (weights[0] * a.confidence + weights[1] * b.confidence) / (weights[0] + weights[1]);
  if (weighted < threshold) {
    return { p: 0.5, direction: null, reason: `weighted confidence ${weighted.toFixed(3)} is below the ${threshold} threshold: no trade` };
  }
  return { p: weighted, direction: a.direction, reason: `both models ${a.direction}, weighted confidence ${weighted.toFixed(3)}` };
}
