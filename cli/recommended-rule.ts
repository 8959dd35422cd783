/**
 * `--rule recommended` (replay, montecarlo): the Sizing page's recommendation — the placeable
 * contracts per strategy of `sizewise kelly`'s defaults (half Kelly of the growth-optimal
 * fraction, margin ceiling 100% × the broker multiplier, worst loss ≤ 20%, fractions ≤ 100%)
 * at the command's capital — as a fixed-contracts-per-strategy rule (core/app/recommendation,
 * the same path as the Sizing page and `sizewise kelly`).
 */
import { DEFAULT_SIZING_SETTINGS, workspaceRecommendation, type Recommendation } from '../core/app';
import type { Trade } from '../core/model';
import { UsageError } from './command';

export const RECOMMENDED = 'recommended';

export const RECOMMENDED_HELP = `"${RECOMMENDED}" = the Sizing page's placeable contracts per strategy (sizewise kelly's defaults: half Kelly of the growth-optimal fraction within a 100% margin ceiling × the margin multiplier, worst loss ≤ 20% and fractions ≤ 100% of capital)`;

/** The recommendation for `trades` at `capital` (null = the detected starting capital), or a UsageError saying why there is none. */
export function recommendedRule(command: string, trades: Trade[], capital: number | null, marginMultiplier = 1): Recommendation {
  const outcome = workspaceRecommendation({ trades }, {}, { ...DEFAULT_SIZING_SETTINGS, capital, marginMultiplier });
  if (!outcome.ok) throw new UsageError(`${command}: no recommendation to simulate: ${outcome.message}`);
  return outcome.recommendation;
}
