/**
 * An edit is an unsaved change from the moment its write is scheduled: the workspace is
 * marked changed at once (the title's ● and the close guard), before the 400 ms delay, not
 * when the delayed write lands. (Under load, the mark used to arrive seconds after the edit.)
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createPendingWrites } from '../../../renderer/src/workspace/pending-writes';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('reports the change when the write is scheduled, before it runs', () => {
  const changed = vi.fn();
  const write = vi.fn(async () => undefined);
  const pending = createPendingWrites(changed);
  pending.schedule('sizing-page', write, 400);
  expect(changed).toHaveBeenCalledTimes(1);
  expect(write).not.toHaveBeenCalled();
  pending.schedule('sizing-page', write, 400);
  expect(changed).toHaveBeenCalledTimes(2);
  vi.advanceTimersByTime(400);
  expect(write).toHaveBeenCalledTimes(1);
});
