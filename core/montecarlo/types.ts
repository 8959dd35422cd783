/**
 * Shapes of the Monte Carlo module (SPEC-metrics §5): the resolved simulation config the
 * kernel runs, the mergeable partial a chunk of paths produces, and the summary the UI,
 * the CLI and the report show. Every number in a summary is finite.
 */

/**
 * What one simulated step does with a drawn pool value:
 * - 'percent' and 'daily': the value is a return r on equity before the step;
 *   equity ← equity · (1 + max(r, −1)) (compounding; 0 absorbs).
 * - 'dollar': the value is P/L per contract; equity ← max(0, equity + value · contracts),
 *   with contracts from the sizing below; equity 0 absorbs.
 */
export type MonteCarloMode = 'percent' | 'daily' | 'dollar';

/** i.i.d. bootstrap, or the stationary block bootstrap of Politis & Romano. */
export type ResampleMethod = 'iid' | 'block';

/**
 * Dollar-mode contracts at a step that drew pool outcome i (aligned with the pool):
 * fixedContracts[i] + floor(equity · contractsPerDollar[i]), equity before the step.
 * A rule sets one of the two per outcome (fixed:N → N everywhere; log → each trade's
 * logged contracts; fraction, Kelly, optimal f → a constant per dollar; vol-target → each
 * trade's own per-dollar exposure). Empty arrays in the other modes.
 */
export interface DollarSizing {
  fixedContracts: number[];
  contractsPerDollar: number[];
}

/** Everything the kernel needs; built by `buildMonteCarloConfig`, plain data (structured-clonable). */
export interface MonteCarloConfig {
  mode: MonteCarloMode;
  /** The outcomes drawn from, in open (or date) order: returns, or per-contract P/L in dollar mode. */
  pool: number[];
  startingCapital: number;
  /** Steps per path (trades, or business days in daily mode). */
  horizon: number;
  paths: number;
  /** Integer seed; path i draws from stream (seed, i). */
  seed: number;
  resample: ResampleMethod;
  /** Mean block length L of the stationary bootstrap (a new block starts with probability 1/L). */
  meanBlockLength: number;
  /** Share of steps (0–1) whose outcome is replaced by the drawn entry's worst case. */
  worstCaseShare: number;
  /**
   * Aligned with `pool`: the outcome an injected step gets when it drew entry i, in pool
   * units — the worst loss per contract of entry i's strategy (./worst-loss) as a return on
   * equity before the trade (percent), per contract (dollar; the step's contracts apply), or
   * the worst such trade return of the pool on every day (daily). See ./pools.
   */
  worstByEntry: number[];
  /** Ruin = equity at or below ruinLevel · starting capital at any step (paths continue after it). */
  ruinLevel: number;
  /** Number of fan-chart checkpoints (1–500), evenly spaced steps ending at the horizon. */
  checkpoints: number;
  /** The simulated sizing rule as a spec (`kelly:0.5:avg-loss`, `log` = as recorded). */
  rule: string;
  /** How the rule turned into the pool and the per-step sizing, in words (UI tooltip, CLI text). */
  sizingConvention: string;
  /** Dollar mode only. */
  sizing: DollarSizing;
  /** Steps per calendar year (trades per year of the log; daily mode 365.25 · 5 / 7 Mon–Fri days), for CAGR and horizons in years; null when the sample has no time span. */
  stepsPerYear: number | null;
}

/**
 * The result of paths [startPath, endPath). Partials of consecutive chunks concatenate
 * (`mergePartials`) into exactly the partial a single run over all paths produces.
 */
export interface MonteCarloPartial {
  startPath: number;
  endPath: number;
  checkpoints: number;
  /** Checkpoint-major: equity / starting capital of the chunk's p-th path at checkpoint c is at [c · paths + p] (Float32, saturating at 3e38). */
  equityRatioAtCheckpoints: Float32Array;
  finalEquity: Float64Array;
  /** Max over steps of (peak − equity) / peak, peak starting at the starting capital. */
  maxDrawdown: Float64Array;
  ruinedPaths: number;
}

export interface Histogram {
  /** Bin edges, length = counts.length + 1. */
  edges: number[];
  counts: number[];
}

export interface FanPoint {
  step: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface MonteCarloSummary {
  paths: number;
  horizon: number;
  startingCapital: number;
  /** Percentiles of equity at step 0 and at each checkpoint (linear interpolation between order statistics). */
  fan: FanPoint[];
  /** The first (up to) 20 paths: equity at step 0 and at each checkpoint. */
  samplePaths: number[][];
  finalValue: { p5: number; p25: number; p50: number; p75: number; p95: number; mean: number; min: number; max: number };
  maxDrawdown: { p5: number; p50: number; p95: number; mean: number };
  /** 40 equal bins over [P1, P99] of final equity; values outside fall into the end bins. */
  finalValueHistogram: Histogram;
  /** 50 bins of 2 percentage points over max drawdown 0–100%. */
  maxDrawdownHistogram: Histogram;
  /** Share of paths ending above the starting capital. */
  probProfit: number;
  /** Share of paths that touched ruinLevel · starting capital. */
  probRuin: number;
  /** Share of paths with max drawdown ≥ x (within 1e-12, so an exact 20% drawdown, 1 − 0.8 in floating point, counts for 0.2). */
  probDrawdownAtLeast: { '0.1': number; '0.2': number; '0.3': number; '0.5': number };
  /** (median final / start)^(stepsPerYear / horizon) − 1; null without a time span or when annualizing overflows. */
  medianCagr: number | null;
  /** Why medianCagr is null, when it is. */
  nullReasons: { medianCagr?: string };
}
