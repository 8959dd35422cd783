/** Browser compute worker: exposes the compute API over comlink (`new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' })`). */
import { expose } from 'comlink';
import { computeApi } from './compute-api';

expose(computeApi);
