/**
 * Attaches a historical risk-free rate (SPEC §2: each business day's DTB3 rate, the last
 * earlier quote on a day without one, stale after the series ends) to a prepared replay
 * input, so every scenario's Sharpe is measured against the same rates as the statistics
 * and realism. A fixed rate stays on the scenario settings (`riskFreeRate`).
 */
import { historicalDailyRates, type RateSeries } from '../stats/risk-free';
import type { ReplayInput } from './types';

export function withRiskFree(input: ReplayInput, riskFree: number | RateSeries): ReplayInput {
  if (typeof riskFree === 'number') return input;
  const { daily, used } = historicalDailyRates(riskFree, input.dates);
  return { ...input, riskFree: { daily, used } };
}
