/**
 * Runs a Monte Carlo on the compute pool: builds core's config from the trades (a quick
 * pass over the log), splits the paths across the workers, shows progress, and cancels
 * for real (the pool terminates its workers). The last finished result stays on screen
 * while a new run is under way or after a cancel.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildMonteCarloConfig, type MonteCarloConfig, type MonteCarloOptions, type MonteCarloSummary } from '../../../core/montecarlo';
import type { Trade } from '../../../core/model';
import { riskPool } from './risk-pool';

export interface FinishedRun {
  summary: MonteCarloSummary;
  config: MonteCarloConfig;
  /** The sizing the run simulated, in words. */
  sizingLabel: string;
  warnings: string[];
  elapsedMs: number;
  workers: number;
}

export type RunStatus =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done' }
  | { phase: 'cancelled'; done: number; total: number }
  | { phase: 'failed'; message: string };

export function useMonteCarlo() {
  const [status, setStatus] = useState<RunStatus>({ phase: 'idle' });
  const [result, setResult] = useState<FinishedRun | null>(null);
  const progress = useRef({ done: 0, total: 0 });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      // Leaving the page stops a run in flight rather than letting it burn the CPU unseen.
      riskPool().cancel();
    };
  }, []);

  const run = useCallback(async (trades: Trade[], options: MonteCarloOptions, sizingLabel: string) => {
    const built = buildMonteCarloConfig(trades, options);
    if (!built.ok) {
      setStatus({ phase: 'failed', message: built.message });
      return;
    }
    progress.current = { done: 0, total: built.config.paths };
    setStatus({ phase: 'running', done: 0, total: built.config.paths });
    const outcome = await riskPool().runMonteCarlo(built.config, (done, total) => {
      progress.current = { done, total };
      if (alive.current) setStatus((previous) => (previous.phase === 'running' ? { phase: 'running', done, total } : previous));
    });
    if (!alive.current) return;
    if (outcome.ok) {
      setResult({ summary: outcome.value.summary, config: built.config, sizingLabel, warnings: built.warnings, elapsedMs: outcome.value.elapsedMs, workers: outcome.value.workers });
      setStatus({ phase: 'done' });
    } else if (outcome.code === 'cancelled') {
      setStatus({ phase: 'cancelled', ...progress.current });
    } else {
      setStatus({ phase: 'failed', message: outcome.message });
    }
  }, []);

  const cancel = useCallback(() => riskPool().cancel(), []);

  return { status, result, run, cancel };
}
