/**
 * The Replay page's compute worker: one warm worker (a pool of size 1), created on first
 * use and kept for the session, so a slider change never waits for a worker to start.
 */
import { ComputePool, createBrowserComputePool } from '../../../workers/pool';

let pool: ComputePool | null = null;

export function replayPool(): ComputePool {
  pool ??= createBrowserComputePool(1);
  return pool;
}
