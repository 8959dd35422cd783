/**
 * Import benchmark (issue 2): parse + validate (core/import `importBytes`, no size limit)
 * and insert into a fresh workspace database (core/db: room reserved as the data worker
 * does, then one transaction) of a synthetic
 * OptionOmega trade log resampled from the EMA sample, for 100,000 and 1,000,000 trades.
 * Targets on the 2-core reference machine: 100,000 in < 1.5 s; 1,000,000 in < 15 s with
 * peak RSS < 2 GB. Each size runs in its own child process (reading the CSV from a temp
 * file, as the app reads a file), so the peak RSS (`process.resourceUsage().maxRSS`)
 * belongs to that size alone.
 *
 *   npx tsx test/bench/import-bench.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { commitParsedImport, createWorkspace, withSpaceFor } from '../../core/db';
import { importBytes } from '../../core/import';
import { syntheticTradeLog } from './synthetic-tradelog';

const CASES = [
  { trades: 100_000, targetSeconds: 1.5 },
  { trades: 1_000_000, targetSeconds: 15 },
];
const PEAK_TARGET_MB = 2048;
const CHILD_FLAG = '--measure';

export interface ImportMeasurement {
  trades: number;
  fileMb: number;
  parseSeconds: number;
  insertSeconds: number;
  totalSeconds: number;
  /** CPU time (user + system) of parse + insert: the wall time on a machine shared with other work is higher. */
  cpuSeconds: number;
  peakRssMb: number;
}

const seconds = (from: number, to: number) => (to - from) / 1000;
const megabytes = (bytes: number) => bytes / (1024 * 1024);

/** Child process: import one file and report the timings as JSON on stdout. */
async function measure(csvPath: string, trades: number): Promise<ImportMeasurement> {
  const SQL = await initSqlJs();
  const bytes = new Uint8Array(readFileSync(csvPath));
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const outcome = await importBytes('synthetic-tradelog.csv', bytes, { maxBytes: Infinity });
  const parsed = performance.now();
  if (!outcome.ok) throw new Error(`import failed: ${outcome.message}`);
  if (outcome.format !== 'optionomega-trades' || outcome.trades.length !== trades) throw new Error(`expected ${trades} OptionOmega trades`);
  const db = withSpaceFor(SQL, createWorkspace(SQL), outcome);
  const committed = commitParsedImport(db, outcome, { importedAt: new Date().toISOString() });
  const inserted = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  if (!committed.ok) throw new Error(committed.message);
  return {
    trades,
    fileMb: megabytes(bytes.length),
    parseSeconds: seconds(start, parsed),
    insertSeconds: seconds(parsed, inserted),
    totalSeconds: seconds(start, inserted),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** Runs `script` in a child Node with the same loader flags; returns its last stdout line as JSON. */
export function runChild<T>(script: string, args: string[]): T {
  const child = spawnSync(process.execPath, [...process.execArgv, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

export async function main(): Promise<ImportMeasurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sizewise-import-bench-'));
  const script = fileURLToPath(import.meta.url);
  const results: ImportMeasurement[] = [];
  try {
    for (const { trades, targetSeconds } of CASES) {
      const csvPath = join(dir, `tradelog-${trades}.csv`);
      writeFileSync(csvPath, syntheticTradeLog(trades));
      const m = runChild<ImportMeasurement>(script, [CHILD_FLAG, csvPath, String(trades)]);
      results.push(m);
      console.log(
        `import ${trades.toLocaleString('en-US')} trades (${m.fileMb.toFixed(0)} MB): parse+validate ${m.parseSeconds.toFixed(2)} s, ` +
          `insert ${m.insertSeconds.toFixed(2)} s, total ${m.totalSeconds.toFixed(2)} s (target < ${targetSeconds} s: ${verdict(m.totalSeconds < targetSeconds)}; CPU ${m.cpuSeconds.toFixed(2)} s), ` +
          `peak RSS ${m.peakRssMb.toFixed(0)} MB (target < ${PEAK_TARGET_MB} MB: ${verdict(m.peakRssMb < PEAK_TARGET_MB)})`,
      );
      rmSync(csvPath);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf(CHILD_FLAG);
  if (flag >= 0) {
    console.log(JSON.stringify(await measure(process.argv[flag + 1], Number(process.argv[flag + 2]))));
  } else {
    await main();
  }
}
