/**
 * The data Web Worker: loads sql.js (its wasm located by Vite) and exposes the DataService
 * over comlink. It owns the compute pools (nested module workers) and feeds them directly:
 * the trades and prepared inputs go data worker → compute workers, results (typed arrays,
 * transferred) come back here and go to the renderer; the UI thread sends ids and options.
 * All logic lives in data-service.ts; every call is checked first (data-requests.ts: zod, FieldError).
 */
import { expose } from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { DataService, deferredDataApi } from './data-service';
import { validatedDataApi } from './data-requests';
import { createBrowserComputePool } from './pool';

const pools = { replay: createBrowserComputePool(1), simulation: createBrowserComputePool() };
expose(validatedDataApi(deferredDataApi(initSqlJs({ locateFile: () => wasmUrl }).then((SQL) => new DataService(SQL, { pools })))));
