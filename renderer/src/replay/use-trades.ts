/**
 * The closed and open trades of the current workspace and filter, fetched from the data
 * worker; refetched when the data (revision) or the filter changes. Stale answers are dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { Trade } from '../../../core/model';
import type { TradeFilter } from '../../../core/stats/types';
import type { DataClient } from '../data/data-client';

export interface TradesState {
  trades: Trade[] | null;
  error: string | null;
}

export function useTrades(data: DataClient, filter: TradeFilter, revision: number, enabled: boolean): TradesState {
  const [state, setState] = useState<TradesState>({ trades: null, error: null });
  const request = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const id = ++request.current;
    data.trades(filter).then(
      (trades) => {
        if (id === request.current) setState({ trades, error: null });
      },
      (error: unknown) => {
        if (id === request.current) setState({ trades: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [data, filter, revision, enabled]);
  return state;
}
