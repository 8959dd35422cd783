/** Node compute worker (worker_threads): exposes the compute API over comlink's node adapter. */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import { computeApi } from './compute-api';

if (!parentPort) throw new Error('pool-node-entry must run in a worker thread');
expose(computeApi, nodeEndpoint(parentPort));
