/**
 * A compute "pool" that runs the compute API in this thread (one slot): what the data
 * service uses where no worker pool was given (Node tests, the CLI's in-process calls). Same
 * interface and results as a worker pool; a cancel only settles the pending call.
 */
import type { Remote } from 'comlink';
import { computeApi, type ComputeApi } from './compute-api';
import { ComputePool } from './pool';

export function createInlineComputePool(): ComputePool {
  return new ComputePool(() => ({ api: computeApi as unknown as Remote<ComputeApi>, terminate: () => {}, onFailure: () => {} }), 1);
}
