/**
 * Workspace benchmark (issue 5): open (validate + load + summary, DataService.openWorkspace)
 * and save (DataService.exportWorkspace, i.e. sql.js `export()`) of a workspace holding
 * 1,000,000 trades. Targets on the 2-core reference machine: each < 3 s, peak RSS < 2 GB.
 * The workspace is built from the synthetic log in one child process and written to a
 * temp file; a second child opens it and saves it, so the peak RSS is that of a session
 * that opens the file (not of the import that made it).
 *
 *   npx tsx test/bench/workspace-bench.ts
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { commitParsedImport, createWorkspace, withSpaceFor } from '../../core/db';
import { importBytes } from '../../core/import';
import { DataService } from '../../workers/data-service';
import { runChild } from './import-bench';
import { syntheticTradeLog } from './synthetic-tradelog';

const TRADES = 1_000_000;
const TARGET_SECONDS = 3;
const PEAK_TARGET_MB = 2048;
const BUILD_FLAG = '--build';
const MEASURE_FLAG = '--measure';

export interface WorkspaceMeasurement {
  trades: number;
  fileMb: number;
  openSeconds: number;
  saveSeconds: number;
  /** CPU time (user + system) of open and save: the wall time on a shared machine is higher. */
  openCpuSeconds: number;
  saveCpuSeconds: number;
  peakRssMb: number;
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);

/** Child 1: the 1,000,000-trade workspace file. */
async function build(path: string): Promise<{ bytes: number }> {
  const SQL = await initSqlJs();
  const outcome = await importBytes('synthetic-tradelog.csv', syntheticTradeLog(TRADES), { maxBytes: Infinity });
  if (!outcome.ok) throw new Error(outcome.message);
  const db = withSpaceFor(SQL, createWorkspace(SQL), outcome);
  const committed = commitParsedImport(db, outcome, { importedAt: new Date().toISOString() });
  if (!committed.ok) throw new Error(committed.message);
  const bytes = db.export();
  writeFileSync(path, bytes);
  return { bytes: bytes.length };
}

/** Child 2: open the file in a fresh data service, then save it. */
async function measure(path: string): Promise<WorkspaceMeasurement> {
  const service = new DataService(await initSqlJs());
  const bytes = new Uint8Array(readFileSync(path));
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const opened = await service.openWorkspace(bytes);
  const openedAt = performance.now();
  const openCpu = process.cpuUsage(cpuStart);
  if (!opened.ok) throw new Error(opened.message);
  if (opened.summary.trades !== TRADES) throw new Error(`expected ${TRADES} trades, found ${opened.summary.trades}`);
  const saved = await service.exportWorkspace();
  const savedAt = performance.now();
  const saveCpu = process.cpuUsage(cpuStart);
  if (saved.length !== bytes.length) throw new Error(`saved ${saved.length} bytes, opened ${bytes.length}`);
  return {
    trades: TRADES,
    fileMb: megabytes(bytes.length),
    openSeconds: (openedAt - start) / 1000,
    saveSeconds: (savedAt - openedAt) / 1000,
    openCpuSeconds: (openCpu.user + openCpu.system) / 1e6,
    saveCpuSeconds: (saveCpu.user + saveCpu.system - openCpu.user - openCpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

export async function main(): Promise<WorkspaceMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), 'sizewise-workspace-bench-'));
  const script = fileURLToPath(import.meta.url);
  try {
    const path = join(dir, 'million.sizewise');
    runChild(script, [BUILD_FLAG, path]);
    const m = runChild<WorkspaceMeasurement>(script, [MEASURE_FLAG, path]);
    console.log(
      `workspace ${TRADES.toLocaleString('en-US')} trades (${m.fileMb.toFixed(0)} MB): ` +
        `open ${m.openSeconds.toFixed(2)} s (target < ${TARGET_SECONDS} s: ${verdict(m.openSeconds < TARGET_SECONDS)}; CPU ${m.openCpuSeconds.toFixed(2)} s), ` +
        `save ${m.saveSeconds.toFixed(2)} s (target < ${TARGET_SECONDS} s: ${verdict(m.saveSeconds < TARGET_SECONDS)}; CPU ${m.saveCpuSeconds.toFixed(2)} s), ` +
        `peak RSS ${m.peakRssMb.toFixed(0)} MB (target < ${PEAK_TARGET_MB} MB: ${verdict(m.peakRssMb < PEAK_TARGET_MB)})`,
    );
    return m;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv;
  if (argv.includes(BUILD_FLAG)) console.log(JSON.stringify(await build(argv[argv.indexOf(BUILD_FLAG) + 1])));
  else if (argv.includes(MEASURE_FLAG)) console.log(JSON.stringify(await measure(argv[argv.indexOf(MEASURE_FLAG) + 1])));
  else await main();
}
