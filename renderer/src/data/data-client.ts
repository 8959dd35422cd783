/**
 * The renderer's handle on the data worker (which owns the sql.js database). Every parse,
 * query and statistic runs there; the UI thread only awaits typed results.
 */
import { wrap, type Remote } from 'comlink';
import type { DataApi } from '../../../workers/data-api';

export type DataClient = Remote<DataApi>;

export function createDataClient(): DataClient {
  const worker = new Worker(new URL('../../../workers/data.worker.ts', import.meta.url), { type: 'module', name: 'sizewise-data' });
  return wrap<DataApi>(worker);
}
