/**
 * The recovery autosave countdown: the first unsaved change schedules one write after the
 * interval, further changes ride along, the next change after a write starts a new
 * countdown, cancel() drops a pending write, and a failed write is reported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecoveryAutosave, RECOVERY_AUTOSAVE_MS } from '../../../renderer/src/workspace/recovery-autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(write: () => Promise<void> = async () => {}) {
  const writes = vi.fn(write);
  const errors: unknown[] = [];
  const autosave = createRecoveryAutosave({ intervalMs: RECOVERY_AUTOSAVE_MS, write: writes, onError: (error) => errors.push(error) });
  return { autosave, writes, errors };
}

describe('recovery autosave', () => {
  it('is 60 seconds in the app', () => {
    expect(RECOVERY_AUTOSAVE_MS).toBe(60_000);
  });

  it('writes once, 60 s after the first change, however many changes follow', async () => {
    const { autosave, writes } = setup();
    autosave.changed();
    await vi.advanceTimersByTimeAsync(30_000);
    autosave.changed();
    autosave.changed();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(writes).not.toHaveBeenCalled();
    expect(autosave.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(autosave.pending).toBe(false);
  });

  it('does not rewrite an idle workspace; the next change starts a new countdown', async () => {
    const { autosave, writes } = setup();
    autosave.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(writes).toHaveBeenCalledTimes(1);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(writes).toHaveBeenCalledTimes(2);
  });

  it('cancel() drops a pending write (saved, new or opened workspace)', async () => {
    const { autosave, writes } = setup();
    autosave.changed();
    await vi.advanceTimersByTimeAsync(10_000);
    autosave.cancel();
    expect(autosave.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(writes).not.toHaveBeenCalled();
  });

  it('reports a failed write and keeps working', async () => {
    const failure = new Error('disk full');
    const { autosave, writes, errors } = setup(() => Promise.reject(failure));
    autosave.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(errors).toEqual([failure]);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(writes).toHaveBeenCalledTimes(2);
  });
});
