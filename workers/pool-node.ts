/**
 * The compute pool in Node (CLI, tests, benchmarks): worker_threads running
 * pool-node-worker.mjs, wrapped with comlink's node adapter.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import type { ComputeApi } from './compute-api';
import { ComputePool } from './pool';

const WORKER_FILE = new URL('./pool-node-worker.mjs', import.meta.url);

/** CPU count − 1, at least 1. */
export function defaultNodePoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createNodeComputePool(size = defaultNodePoolSize()): ComputePool {
  return new ComputePool(() => {
    const worker = new Worker(WORKER_FILE);
    return {
      api: wrap<ComputeApi>(nodeEndpoint(worker)),
      terminate: () => void worker.terminate(),
      onFailure: (listener) => {
        worker.on('error', (error) => listener(`compute worker failed: ${error.message}`));
        worker.on('exit', (code) => listener(`compute worker exited (code ${code})`));
      },
    };
  }, size);
}
