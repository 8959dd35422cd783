/**
 * Drift: is a strategy's live record consistent with its backtest? The statistic is the live
 * P/L per contract summed over its n matched closed trades, X = Σ live P/L ÷ contracts. Its
 * null distribution is the sum of n backtest trades (P/L per contract, all the strategy's
 * closed backtest trades, in open order) drawn by the stationary block bootstrap (Politis &
 * Romano, mean block L, default round(∛pool) as the Monte Carlo), `sims` draws, seeded.
 *
 *   percentile q = (#{sums < X} + ½ · #{sums = X}) / sims ∈ [0, 1]
 *
 * "Drifting" when q < the drift threshold (default 0.05): a live record drawn from the
 * backtest's own distribution is flagged at about that rate.
 *
 * The draws are the Monte Carlo's (core/montecarlo): its dollar mode at a fixed 1 contract
 * with horizon n, from a starting capital S = 2 · n · (largest |P/L per contract|) + 1 that no
 * path can bring to 0, so final equity − S is the sum of the n drawn outcomes (up to a
 * rounding error of about n² · largest · 2⁻⁵², far below a cent; sums within 4 · n · S · 2⁻⁵²
 * of X count as ties).
 */
import type { Trade } from '../model';
import { buildMonteCarloConfig, percentilesInPlace, simulateChunk } from '../montecarlo';

export interface DriftOptions {
  sims: number;
  seed: number;
  meanBlockLength: number | null;
}

export type DriftOutcome =
  | { ok: true; percentile: number; bootstrap: { p1: number; p5: number; p50: number; p95: number }; warnings: string[] }
  | { ok: false; reason: string };

/** Closed backtest trades of one strategy; `liveSum` = Σ live P/L per contract over `n` pairs. */
export function bootstrapDrift(backtestTrades: readonly Trade[], liveSum: number, n: number, options: DriftOptions): DriftOutcome {
  const closed = backtestTrades.filter((t) => t.dateClosed !== null);
  let largest = 0;
  for (const t of closed) largest = Math.max(largest, Math.abs(t.pl / t.contracts));
  const start = 2 * n * largest + 1;
  const outcome = buildMonteCarloConfig(closed, {
    mode: 'dollar',
    resample: 'block',
    paths: options.sims,
    seed: options.seed,
    ...(options.meanBlockLength === null ? {} : { meanBlockLength: options.meanBlockLength }),
    horizon: { steps: n },
    startingCapital: start,
    sizing: { kind: 'fixed', contracts: 1 },
    ruinLevel: 0,
    checkpoints: 1,
  });
  if (!outcome.ok) return { ok: false, reason: `the backtest cannot be resampled: ${outcome.message}` };
  const { finalEquity } = simulateChunk(outcome.config, 0, options.sims);
  const sums = new Float64Array(finalEquity.length);
  const tie = 4 * n * start * Number.EPSILON;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < sums.length; i++) {
    const sum = finalEquity[i] - start;
    sums[i] = sum;
    if (Math.abs(sum - liveSum) <= tie) equal++;
    else if (sum < liveSum) below++;
  }
  const [p1, p5, p50, p95] = percentilesInPlace(sums, [0.01, 0.05, 0.5, 0.95]);
  return { ok: true, percentile: (below + equal / 2) / sums.length, bootstrap: { p1, p5, p50, p95 }, warnings: outcome.warnings };
}
