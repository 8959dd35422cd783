/**
 * The Monte Carlo simulation the report shows (core/montecarlo), with the report's fixed
 * conventions: percent mode (the log as recorded), stationary block bootstrap with the
 * default mean block length, horizon = the sample's trade count, ruin at 50% of the start,
 * the report's capital; 10,000 paths and seed 1 unless given. Shared by the data worker and
 * `sizewise report`.
 */
import type { Trade } from '../model';
import { buildMonteCarloConfig, runMonteCarlo, type MonteCarloConfig, type MonteCarloOptions, type MonteCarloSummary } from '../montecarlo';

export const REPORT_MONTE_CARLO = { paths: 10_000, seed: 1, ruinLevel: 0.5 } as const;

export interface ReportMonteCarlo {
  config: MonteCarloConfig;
  summary: MonteCarloSummary;
  /** The config builder's warnings (trades left out, capital detection), in words. */
  warnings: string[];
}

/** The options the report simulates with (exported so tests can rebuild the same config). */
export function reportMonteCarloOptions(capital: number, run: { paths?: number; seed?: number } = {}): MonteCarloOptions {
  return {
    mode: 'percent',
    resample: 'block',
    paths: run.paths ?? REPORT_MONTE_CARLO.paths,
    seed: run.seed ?? REPORT_MONTE_CARLO.seed,
    startingCapital: capital,
    ruinLevel: REPORT_MONTE_CARLO.ruinLevel,
  };
}

/** The simulation of the report's trades, or the reason it cannot run (fewer than 2 closed trades, bad paths or seed). */
export function runReportMonteCarlo(trades: readonly Trade[], capital: number, run: { paths?: number; seed?: number } = {}): { ok: true; value: ReportMonteCarlo } | { ok: false; message: string } {
  const built = buildMonteCarloConfig(trades, reportMonteCarloOptions(capital, run));
  if (!built.ok) return built;
  return { ok: true, value: { config: built.config, summary: runMonteCarlo(built.config), warnings: built.warnings } };
}
