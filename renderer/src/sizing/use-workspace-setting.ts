/**
 * A page's settings record in the workspace (DataApi.getSettings/setSettings, keyed by the
 * portfolio fingerprint inside the data worker, so it is saved with the workspace file and
 * comes back when the same trade logs are loaded). Read again whenever the workspace
 * content changes; written a moment after the last edit, through the workspace's pending
 * writes, so Save and the report export write a waiting edit first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataClient } from '../data/data-client';
import type { WorkspaceController } from '../workspace/use-workspace';

const SAVE_DELAY_MS = 400;

export interface WorkspaceSetting<T> {
  value: T;
  /** False until the stored record (or its absence) is known. */
  loaded: boolean;
  update(change: (previous: T) => T): void;
}

export function useWorkspaceSetting<T>(data: DataClient, workspace: WorkspaceController, key: string, restore: (stored: unknown) => T): WorkspaceSetting<T> {
  const { pendingWrites, report } = workspace;
  const { revision } = workspace.state;
  const [value, setValue] = useState<T>(() => restore(null));
  const [loaded, setLoaded] = useState(false);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

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
        report(error);
      },
    );
    return () => {
      current = false;
    };
  }, [data, key, revision, report]);

  // Leaving the page writes an edit that is still waiting.
  useEffect(() => () => pendingWrites.flushKey(key), [pendingWrites, key]);

  const update = useCallback(
    (change: (previous: T) => T) => {
      setValue((previous) => {
        const next = change(previous);
        pendingWrites.schedule(key, () => data.setSettings(key, next).catch(report), SAVE_DELAY_MS);
        return next;
      });
    },
    [data, key, report, pendingWrites],
  );

  return { value, loaded, update };
}
