/**
 * Fetches the StatsReport for the current filter from the data worker. Stale answers
 * (the filter changed while the worker computed) are dropped; the previous report stays
 * visible, dimmed, while a new one is computed.
 */
import { useEffect, useRef, useState } from 'react';
import type { StatsReport, TradeFilter } from '../../../core/stats/types';
import type { DataClient } from '../data/data-client';

export interface StatsState {
  report: StatsReport | null;
  loading: boolean;
  error: string | null;
}

/**
 * `historicalRiskFree`: the workspace's risk-free setting as shown (SPEC §2: 0 a year, or each
 * day's 3-month T-bill rate), sent with each request so an edit not yet saved is used at once.
 */
export function useStatsReport(data: DataClient, filter: TradeFilter, revision: number, enabled: boolean, historicalRiskFree = false): StatsState {
  const [state, setState] = useState<StatsState>({ report: null, loading: enabled, error: null });
  const request = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const id = ++request.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    data.stats(filter, { historicalRiskFree }).then(
      (report) => {
        if (id === request.current) setState({ report, loading: false, error: null });
      },
      (error: unknown) => {
        if (id === request.current) setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
  }, [data, filter, revision, enabled, historicalRiskFree]);

  return state;
}
