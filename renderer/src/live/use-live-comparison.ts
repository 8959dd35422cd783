/**
 * Runs the live-vs-backtest comparison of the workspace: the data worker reads the trades,
 * the reporting log and the saved mapping (core/app planLive) and runs the matching and the
 * drift bootstraps on its simulation pool; this hook sends the request, shows that a run is
 * under way, and cancels for real (the pool terminates its workers). The last finished
 * comparison stays on screen while a new one runs or after a cancel.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveRequest } from '../../../core/app/live';
import type { LiveComparison } from '../../../core/live';
import type { DataClient } from '../data/data-client';

export type LiveStatus = { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; elapsedMs: number } | { phase: 'cancelled' } | { phase: 'failed'; message: string };

export function useLiveComparison(data: DataClient) {
  const [status, setStatus] = useState<LiveStatus>({ phase: 'idle' });
  const [result, setResult] = useState<LiveComparison | null>(null);
  const alive = useRef(true);
  const latest = useRef(0);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      void data.cancelCompute('simulation');
    };
  }, [data]);

  const run = useCallback(
    async (request: LiveRequest) => {
      const id = ++latest.current;
      setStatus({ phase: 'running' });
      const started = performance.now();
      let outcome: Awaited<ReturnType<DataClient['liveComparison']>>;
      try {
        outcome = await data.liveComparison(request);
      } catch (error) {
        outcome = { ok: false, code: 'worker-failed', message: error instanceof Error ? error.message : String(error) };
      }
      if (!alive.current || id !== latest.current) return;
      if (outcome.ok) {
        setResult(outcome.value);
        setStatus({ phase: 'done', elapsedMs: performance.now() - started });
      } else if (outcome.code === 'cancelled') setStatus({ phase: 'cancelled' });
      else setStatus({ phase: 'failed', message: outcome.message });
    },
    [data],
  );

  const cancel = useCallback(() => void data.cancelCompute('simulation'), [data]);
  return { status, result, run, cancel };
}
