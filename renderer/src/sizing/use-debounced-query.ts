/**
 * Runs a data-worker request after its inputs have been still for `delayMs`, keeps the last
 * answer visible while a newer one computes, and drops answers to inputs that have since
 * changed. `key` identifies the inputs (a JSON string of them); `run` performs the request.
 */
import { useEffect, useRef, useState } from 'react';

export interface QueryState<T> {
  result: T | null;
  /** True from an input change until its answer arrives. */
  loading: boolean;
  error: string | null;
}

export function useDebouncedQuery<T>(key: string, run: () => Promise<T>, enabled: boolean, delayMs: number): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ result: null, loading: enabled, error: null });
  const runRef = useRef(run);
  runRef.current = run;
  const request = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const id = ++request.current;
    setState((previous) => (previous.loading ? previous : { ...previous, loading: true }));
    const timer = setTimeout(() => {
      runRef.current().then(
        (result) => {
          if (id === request.current) setState({ result, loading: false, error: null });
        },
        (error: unknown) => {
          if (id === request.current) setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error) }));
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, enabled, delayMs]);

  return state;
}

/** A key for the inputs of a query: JSON that keeps NaN and ±Infinity apart from null. */
export function queryKey(...inputs: unknown[]): string {
  return JSON.stringify(inputs, (_, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? `#${value}` : value));
}
