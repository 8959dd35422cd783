/**
 * Use case: the Risk page's Monte Carlo — core's config (a pass over the log that replays
 * the chosen sizing) from the filtered trades and the page's options; the compute pool then
 * simulates it.
 */
import { buildMonteCarloConfig, type ConfigOutcome, type MonteCarloOptions } from '../montecarlo';
import type { Trade } from '../model';

export function monteCarloConfig(trades: Trade[], options: MonteCarloOptions): ConfigOutcome {
  return buildMonteCarloConfig(trades, options);
}
