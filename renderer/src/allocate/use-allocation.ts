/**
 * Runs an allocation of the Allocate page: the data worker plans it from the workspace's
 * trades and the chosen price / return files (core/app planAllocation) and runs it on its
 * simulation pool; this hook sends the request, shows walk-forward progress (at most once per
 * frame), and cancels for real (the pool terminates its worker and settles the call). The
 * last finished (or reopened) allocation stays on screen while a new one runs or after a cancel.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { proxy } from 'comlink';
import type { AllocationReport, SavedAllocationRun } from '../../../core/allocate';
import type { AllocationRunRequest } from '../../../core/allocate/saved-run';
import type { DataClient } from '../data/data-client';

export type AllocationStatus =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; elapsedMs: number; trialsAdded: number; trialsTotal: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** What the results show: a fresh run (with its document to save) or a reopened saved one. */
export interface ShownAllocation {
  report: AllocationReport;
  capital: number;
  run: SavedAllocationRun;
  /** The saved run's id when reopened from the list. */
  savedId: number | null;
}

export function useAllocation(data: DataClient) {
  const [status, setStatus] = useState<AllocationStatus>({ phase: 'idle' });
  const [shown, setShown] = useState<ShownAllocation | null>(null);
  const alive = useRef(true);
  const latest = useRef(0);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      // Leaving the page stops a run in flight rather than letting it burn the CPU unseen.
      void data.cancelCompute('simulation');
    };
  }, [data]);

  const run = useCallback(
    async (request: AllocationRunRequest) => {
      const id = ++latest.current;
      setStatus({ phase: 'running', done: 0, total: 0 });
      const started = performance.now();
      let frame: number | null = null;
      const progress = { done: 0, total: 0 };
      const onProgress = proxy((done: number, total: number) => {
        progress.done = done;
        progress.total = total;
        if (frame !== null || !alive.current) return;
        frame = requestAnimationFrame(() => {
          frame = null;
          if (alive.current && id === latest.current) setStatus((previous) => (previous.phase === 'running' ? { phase: 'running', ...progress } : previous));
        });
      });
      let outcome: Awaited<ReturnType<DataClient['allocation']>>;
      try {
        outcome = await data.allocation(request, onProgress);
      } catch (error) {
        outcome = { ok: false, code: 'worker-failed', message: error instanceof Error ? error.message : String(error) };
      }
      if (frame !== null) cancelAnimationFrame(frame);
      if (!alive.current || id !== latest.current) return;
      if (outcome.ok) {
        const { report, capital, run: document, trialsAdded, trialsTotal } = outcome.value;
        startTransition(() => {
          setShown({ report, capital, run: document, savedId: null });
          setStatus({ phase: 'done', elapsedMs: performance.now() - started, trialsAdded, trialsTotal });
        });
      } else if (outcome.code === 'cancelled') setStatus({ phase: 'cancelled' });
      else setStatus({ phase: 'failed', message: outcome.message });
    },
    [data],
  );

  const cancel = useCallback(() => void data.cancelCompute('simulation'), [data]);
  const reopen = useCallback((id: number, document: SavedAllocationRun) => {
    latest.current++;
    setStatus({ phase: 'idle' });
    startTransition(() => setShown({ report: document.report as unknown as AllocationReport, capital: document.capital, run: document, savedId: id }));
  }, []);
  return { status, shown, run, cancel, reopen, setShown };
}
