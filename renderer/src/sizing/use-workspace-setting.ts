/**
 * A page's settings record in the workspace (DataApi.getSettings/setSettings, keyed by the
 * portfolio fingerprint inside the data worker, so it is saved with the workspace file and
 * comes back when the same trade logs are loaded). Read again whenever the workspace
 * content changes; written a moment after the last edit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataClient } from '../data/data-client';

const SAVE_DELAY_MS = 400;

export interface WorkspaceSetting<T> {
  value: T;
  /** False until the stored record (or its absence) is known. */
  loaded: boolean;
  update(change: (previous: T) => T): void;
}

export function useWorkspaceSetting<T>(data: DataClient, key: string, restore: (stored: unknown) => T, revision: number, onError: (error: unknown) => void): WorkspaceSetting<T> {
  const [value, setValue] = useState<T>(() => restore(null));
  const [loaded, setLoaded] = useState(false);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: T } | null>(null);

  useEffect(() => {
    let current = true;
    setLoaded(false);
    data.getSettings(key).then(
      (stored) => {
        if (!current) return;
        setValue(restoreRef.current(stored));
        setLoaded(true);
      },
      (error: unknown) => {
        if (!current) return;
        setLoaded(true);
        onError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [data, key, revision, onError]);

  // Leaving the page writes an edit that is still waiting.
  useEffect(
    () => () => {
      const waiting = pending.current;
      if (!waiting) return;
      clearTimeout(waiting.timer);
      pending.current = null;
      data.setSettings(key, waiting.value).catch(onError);
    },
    [data, key, onError],
  );

  const update = useCallback(
    (change: (previous: T) => T) => {
      setValue((previous) => {
        const next = change(previous);
        if (pending.current) clearTimeout(pending.current.timer);
        const timer = setTimeout(() => {
          pending.current = null;
          data.setSettings(key, next).catch(onError);
        }, SAVE_DELAY_MS);
        pending.current = { timer, value: next };
        return next;
      });
    },
    [data, key, onError],
  );

  return { value, loaded, update };
}
