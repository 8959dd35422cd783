/**
 * Runs a Monte Carlo of the filtered trades: the data worker builds core's config (core/app
 * monteCarloConfig, a pass over the log) and splits the paths across its simulation pool;
 * this hook sends the filter and options, shows progress, and cancels for real (the pool
 * terminates its workers). No trade and no core computation on the UI thread. The last finished result stays on screen
 * while a new run is under way or after a cancel.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { proxy } from 'comlink';
import type { MonteCarloConfig, MonteCarloOptions, MonteCarloSummary } from '../../../core/montecarlo';
import type { TradeFilter } from '../../../core/stats/types';
import type { DataClient } from '../data/data-client';

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

export function useMonteCarlo(data: DataClient) {
  const [status, setStatus] = useState<RunStatus>({ phase: 'idle' });
  const [result, setResult] = useState<FinishedRun | null>(null);
  const progress = useRef({ done: 0, total: 0 });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      // Leaving the page stops a run in flight rather than letting it burn the CPU unseen.
      void data.cancelCompute('simulation');
    };
  }, [data]);

  const run = useCallback(
    async (filter: TradeFilter, options: MonteCarloOptions, sizingLabel: string) => {
      progress.current = { done: 0, total: options.paths };
      setStatus({ phase: 'running', done: 0, total: options.paths });
      // Progress arrives per chunk from every worker; the page re-renders at most once per frame.
      let frame: number | null = null;
      const onProgress = proxy((done: number, total: number) => {
        progress.current = { done, total };
        if (frame !== null || !alive.current) return;
        frame = requestAnimationFrame(() => {
          frame = null;
          const latest = progress.current;
          if (alive.current) setStatus((previous) => (previous.phase === 'running' ? { phase: 'running', ...latest } : previous));
        });
      });
      let outcome: Awaited<ReturnType<DataClient['runMonteCarlo']>>;
      try {
        outcome = await data.runMonteCarlo(filter, options, onProgress);
      } catch (error) {
        outcome = { ok: false, code: 'worker-failed', message: error instanceof Error ? error.message : String(error) };
      }
      if (frame !== null) cancelAnimationFrame(frame);
      if (!alive.current) return;
      if (outcome.ok) {
        const { summary, config, warnings, elapsedMs, workers } = outcome.value;
        // The finished run re-renders cards and three charts' options: a transition, rendered in slices.
        startTransition(() => {
          setResult({ summary, config, sizingLabel, warnings, elapsedMs, workers });
          setStatus({ phase: 'done' });
        });
      } else if (outcome.code === 'cancelled') {
        setStatus({ phase: 'cancelled', ...progress.current });
      } else {
        setStatus({ phase: 'failed', message: outcome.message });
      }
    },
    [data],
  );

  const cancel = useCallback(() => void data.cancelCompute('simulation'), [data]);

  return { status, result, run, cancel };
}
