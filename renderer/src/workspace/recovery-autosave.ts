/**
 * Autosave of a recovery copy: the first unsaved change starts a countdown (60 s in the app);
 * when it ends, the workspace is written to the recovery file and the next change starts a
 * new countdown. So unsaved work is never more than one interval old on disk, and an idle
 * workspace is not rewritten. Saving, New and Open cancel a pending countdown.
 */

export const RECOVERY_AUTOSAVE_MS = 60_000;

export interface RecoveryAutosaveOptions {
  intervalMs: number;
  /** Writes the recovery copy (export the workspace, hand it to the platform). */
  write(): Promise<void>;
  onError(error: unknown): void;
}

export interface RecoveryAutosave {
  /** An unsaved change happened. */
  changed(): void;
  /** The work is safe (saved, replaced or discarded): drop a pending countdown. */
  cancel(): void;
  readonly pending: boolean;
}

export function createRecoveryAutosave({ intervalMs, write, onError }: RecoveryAutosaveOptions): RecoveryAutosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    changed() {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        write().catch(onError);
      }, intervalMs);
    },
    cancel() {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}
