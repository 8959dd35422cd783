/**
 * Writes to the workspace that wait for a quiet moment (a setting is written a moment after
 * the last edit), registered with the workspace controller so that Save, Save As, the
 * recovery copy and the report export can run them first: the file then holds the last
 * edit even when Save is pressed within the delay. A write that is already running is
 * awaited too. Each write reports its own failure; flushing never rejects.
 */

export interface PendingWrites {
  /** Runs `write` after `delayMs`, replacing a write still waiting under the same key. */
  schedule(key: string, write: () => Promise<void>, delayMs: number): void;
  /** Runs the write waiting under `key` now (a page that is left writes its last edit). */
  flushKey(key: string): void;
  /** Runs every waiting write now and resolves when all writes, also those already running, are done. */
  flush(): Promise<void>;
}

/** `onSchedule` runs when a write is scheduled: an edit waiting to be written is already an unsaved change. */
export function createPendingWrites(onSchedule: () => void = () => undefined): PendingWrites {
  const waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => Promise<void> }>();
  const running = new Set<Promise<void>>();

  const start = (write: () => Promise<void>) => {
    const done = write().then(
      () => undefined,
      () => undefined,
    );
    running.add(done);
    void done.then(() => running.delete(done));
  };

  const flushKey = (key: string) => {
    const entry = waiting.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    waiting.delete(key);
    start(entry.write);
  };

  return {
    schedule(key, write, delayMs) {
      const previous = waiting.get(key);
      if (previous) clearTimeout(previous.timer);
      const timer = setTimeout(() => {
        waiting.delete(key);
        start(write);
      }, delayMs);
      waiting.set(key, { timer, write });
      onSchedule();
    },
    flushKey,
    async flush() {
      for (const key of [...waiting.keys()]) flushKey(key);
      await Promise.all(running);
    },
  };
}

/** The open workspace's bytes with every waiting write in them. */
export async function exportWithPendingWrites(pending: PendingWrites, data: { exportWorkspace(): Promise<Uint8Array> }): Promise<Uint8Array> {
  await pending.flush();
  return data.exportWorkspace();
}
