/**
 * The compute pool in Node (CLI, tests, benchmarks): worker_threads running the prebuilt
 * worker bundle (pool-node-bundle.ts), or the tsx bootstrap pool-node-worker.mjs when
 * esbuild is not available, wrapped with comlink's node adapter.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import type { ComputeApi } from './compute-api';
import { ComputePool } from './pool';
import { computeWorkerBundle } from './pool-node-bundle';

let workerFile: URL | null = null;

/** The worker script, resolved once per process. */
function resolveWorkerFile(): URL {
  workerFile ??= computeWorkerBundle() ?? new URL('./pool-node-worker.mjs', import.meta.url);
  return workerFile;
}

/** CPU count − 1, at least 1. */
export function defaultNodePoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createNodeComputePool(size = defaultNodePoolSize()): ComputePool {
  return new ComputePool(() => {
    const worker = new Worker(resolveWorkerFile());
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
