/**
 * The data Web Worker: loads sql.js (its wasm located by Vite) and exposes the DataService
 * over comlink. All logic lives in data-service.ts.
 */
import { expose } from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { DataService, deferredDataApi } from './data-service';

expose(deferredDataApi(initSqlJs({ locateFile: () => wasmUrl }).then((SQL) => new DataService(SQL))));
