/**
 * Pending workspace writes: a setting edited just before Save is written into the exported
 * file (the real data service, fake timers: the 400 ms delay has not passed), a later edit
 * replaces a waiting one, flushKey runs one key only, flush also awaits a write already
 * running, and a failed write does not stop the export.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPendingWrites, exportWithPendingWrites } from '../../../renderer/src/workspace/pending-writes';
import { DataService } from '../../../workers/data-service';

const DELAY_MS = 400;
const KEY = 'sizing-page';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The settings record under KEY in a workspace file's bytes. */
async function settingIn(bytes: Uint8Array): Promise<unknown> {
  const reopened = new DataService(SQL);
  const opened = await reopened.openWorkspace(bytes);
  if (!opened.ok) throw new Error(opened.message);
  return reopened.getSettings(KEY);
}

describe('pending writes', () => {
  it('writes an edit still waiting into the exported workspace', async () => {
    const service = new DataService(SQL);
    const pending = createPendingWrites();
    pending.schedule(KEY, () => service.setSettings(KEY, { preset: 'quarter' }), DELAY_MS);
    await vi.advanceTimersByTimeAsync(DELAY_MS - 1);
    // Exported without the flush, the file misses the edit…
    expect(await settingIn(await service.exportWorkspace())).toBeNull();
    // …exported for Save, it holds it, before the delay has passed.
    expect(await settingIn(await exportWithPendingWrites(pending, service))).toEqual({ preset: 'quarter' });
    // The write ran once: nothing is left to fire when the delay ends.
    const setSettings = vi.spyOn(service, 'setSettings');
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    expect(setSettings).not.toHaveBeenCalled();
  });

  it('keeps only the last edit of a key and writes it after the delay', async () => {
    const written: string[] = [];
    const pending = createPendingWrites();
    pending.schedule(KEY, async () => void written.push('half'), DELAY_MS);
    await vi.advanceTimersByTimeAsync(DELAY_MS - 100);
    pending.schedule(KEY, async () => void written.push('quarter'), DELAY_MS);
    await vi.advanceTimersByTimeAsync(DELAY_MS - 1);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['quarter']);
  });

  it('flushes one key on its own', async () => {
    const written: string[] = [];
    const pending = createPendingWrites();
    pending.schedule('sizing-page', async () => void written.push('sizing'), DELAY_MS);
    pending.schedule('calculator-rules', async () => void written.push('rules'), DELAY_MS);
    pending.flushKey('calculator-rules');
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['rules']);
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    expect(written).toEqual(['rules', 'sizing']);
  });

  it('awaits a write that is already running', async () => {
    let finish = () => {};
    let finished = false;
    const pending = createPendingWrites();
    pending.schedule(KEY, () => new Promise<void>((resolve) => (finish = () => ((finished = true), resolve()))), DELAY_MS);
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    const flushed = pending.flush();
    let done = false;
    void flushed.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    finish();
    await flushed;
    expect([finished, done]).toEqual([true, true]);
  });

  it('exports even when a waiting write fails (the write reports its own failure)', async () => {
    const pending = createPendingWrites();
    pending.schedule(KEY, () => Promise.reject(new Error('disk full')), DELAY_MS);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await exportWithPendingWrites(pending, { exportWorkspace: async () => bytes })).toBe(bytes);
  });
});
