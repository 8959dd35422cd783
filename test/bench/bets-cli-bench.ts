/**
 * Benchmark: `sizewise bets` as a user runs it, whole process (node start, the bundle, reading
 * and importing the file, all metrics, the budget, sizing, writing the JSON), on the bets
 * benchmark's workload (test/bench/bets-bench.ts: 100,000 settled bets across 50 groups from
 * the seeded generator, 150 candidates) written to a temporary folder. No issue target for the
 * whole process; the parts' targets (import < 1 s, metrics + budget < 200 ms) are in
 * bets-bench.ts. `sizewise --help` is timed too, as the start-up floor. Median of 5 runs,
 * wall clock and CPU from GNU time when present.
 *
 *   npx tsx test/bench/bets-cli-bench.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { betLogCsv, candidatesCsv, generateBets } from '../../core/bets/generator';
import { loadNote } from './bench-util';
import { cities } from './bets-bench';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'cli', 'bin', 'sizewise.js');
const RUNS = 5;
const GNU_TIME = '/usr/bin/time';
const BETS = 100_000;

function measure(args: string[]): { seconds: number; cpu: number; peakMb: number; bytes: number } {
  if (existsSync(GNU_TIME)) {
    const run = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', process.execPath, bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`sizewise ${args.join(' ')} failed: ${run.stderr}`);
    const [seconds, user, system, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds, cpu: user + system, peakMb: kb / 1024, bytes: run.stdout.length };
  }
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`sizewise ${args.join(' ')} failed: ${run.stderr}`);
  return { seconds: (performance.now() - started) / 1000, cpu: NaN, peakMb: NaN, bytes: run.stdout.length };
}

const folder = mkdtempSync(join(tmpdir(), 'sizewise-bets-bench-'));
try {
  const generated = generateBets({ seed: 7, days: 240, cities: cities(), minEdge: -1 });
  const logPath = join(folder, 'bets.csv');
  const candidatesPath = join(folder, 'candidates.csv');
  writeFileSync(logPath, betLogCsv(generated.bets.slice(0, BETS)));
  writeFileSync(candidatesPath, candidatesCsv(generated.candidates.slice(0, 150)));
  const args = ['bets', logPath, '--candidates', candidatesPath, '--budget', '5000', '--cash', '40000', '--json'];
  measure(['--help']); // build (or confirm fresh) once, outside the timings
  const runs = Array.from({ length: RUNS }, () => measure(args));
  const bare = Array.from({ length: RUNS }, () => measure(['--help']));
  const mid = <T>(xs: T[], key: (x: T) => number) => xs.map(key).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${BETS.toLocaleString('en-US')} bets, 50 groups, 150 candidates; ${loadNote()}`);
  console.log(
    `sizewise bets --json, whole process: median ${mid(runs, (r) => r.seconds).toFixed(2)} s (runs ${runs.map((r) => r.seconds.toFixed(2)).join(' / ')} s), CPU ${mid(runs, (r) => r.cpu).toFixed(2)} s, peak RSS ${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB, JSON ${(runs[0].bytes / 1024).toFixed(0)} KB`,
  );
  console.log(`sizewise --help (start-up floor): median ${mid(bare, (r) => r.seconds).toFixed(2)} s, CPU ${mid(bare, (r) => r.cpu).toFixed(2)} s`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
