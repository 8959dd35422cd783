/**
 * Runs the learned allocator on the data worker (core/app learn; outer folds on the simulation
 * pool): sends the leg files and options, shows progress (model fits done of all), cancels for
 * real (the pool terminates its workers). A finished run's artifacts are saved in the workspace
 * (saveAllocatorRun: the workspace turns unsaved). The last finished run stays on screen while a new
 * one runs or after a cancel.
 */
import { proxy } from 'comlink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LearnResult } from '../../../../core/learn';
import type { DataClient } from '../../data/data-client';

export type LearnStatus = { phase: 'idle' } | { phase: 'running'; done: number; total: number } | { phase: 'done'; elapsedMs: number; runId: number | null } | { phase: 'cancelled' } | { phase: 'failed'; message: string };

export interface LegText {
  file: string;
  text: string;
}

export function useLearnRun(data: DataClient) {
  const [status, setStatus] = useState<LearnStatus>({ phase: 'idle' });
  const [result, setResult] = useState<LearnResult | null>(null);
  const alive = useRef(true);
  const latest = useRef(0);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(
    async (legs: LegText[], options: Record<string, unknown>) => {
      const id = ++latest.current;
      setStatus({ phase: 'running', done: 0, total: 0 });
      const started = performance.now();
      let frame = 0;
      const onProgress = proxy((done: number, total: number) => {
        if (!alive.current || id !== latest.current) return;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => setStatus((s) => (s.phase === 'running' ? { phase: 'running', done, total } : s)));
      });
      let outcome: Awaited<ReturnType<DataClient['learnAllocator']>>;
      try {
        outcome = await data.learnAllocator({ legs, options }, onProgress);
      } catch (error) {
        outcome = { ok: false, code: 'worker-failed', message: error instanceof Error ? error.message : String(error) };
      }
      cancelAnimationFrame(frame);
      if (!alive.current || id !== latest.current) return;
      if (outcome.ok) {
        const elapsedMs = performance.now() - started;
        setResult(outcome.value.result);
        let runId: number | null = null;
        try {
          runId = await data.saveAllocatorRun(outcome.value.artifacts);
        } catch {
          runId = null;
        }
        if (!alive.current || id !== latest.current) return;
        setStatus({ phase: 'done', elapsedMs, runId });
      } else if (outcome.code === 'cancelled') setStatus({ phase: 'cancelled' });
      else setStatus({ phase: 'failed', message: outcome.message });
    },
    [data],
  );

  const cancel = useCallback(() => void data.cancelCompute('simulation'), [data]);
  return { status, result, run, cancel };
}
