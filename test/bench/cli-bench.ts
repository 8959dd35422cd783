/**
 * Benchmark: the compiled `sizewise` CLI as a user runs it, whole process (node start, the
 * launcher's freshness check, the bundle, the work, exit), measured from outside with GNU
 * time (wall clock and peak RSS, worker threads included). Targets (issue 9):
 * `sizewise --help` ≤ 0.15 s; `sizewise stats` of the 4,081-trade-class log
 * (test/fixtures/optionomega/nineteen-strategies.csv) ≤ 0.4 s; `sizewise montecarlo` of it,
 * 10,000 paths, percent, block bootstrap ≤ 1.0 s and ≤ 400 MB. `node -e 0` is timed too:
 * on a loaded machine the bare Node start is the floor every figure sits on.
 * On a shared, loaded machine the wall clock mostly measures waiting for a core, so each line
 * also judges the median CPU time (user + system, all threads) against the same target.
 * Median of 5 runs. Run: `npx tsx test/bench/cli-bench.ts` (part of `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'cli', 'bin', 'sizewise.js');
const log = join(root, 'test', 'fixtures', 'optionomega', 'nineteen-strategies.csv');
const RUNS = 5;
const GNU_TIME = '/usr/bin/time';

interface Run {
  seconds: number;
  /** User + system CPU seconds (all threads): steadier than wall clock on a shared machine. */
  cpu: number;
  peakMb: number;
}

/** One whole-process run: wall seconds and peak RSS from GNU time (or wall clock alone without it). */
function measure(args: string[]): Run {
  if (existsSync(GNU_TIME)) {
    const run = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
    const [seconds, user, system, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds, cpu: user + system, peakMb: kb / 1024 };
  }
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return { seconds: (performance.now() - started) / 1000, cpu: NaN, peakMb: NaN };
}

function report(label: string, args: string[], limits: { seconds?: number; mb?: number }): boolean {
  const runs = Array.from({ length: RUNS }, () => measure(args));
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const mid = sorted[Math.floor(RUNS / 2)];
  const peak = Math.max(...runs.map((r) => r.peakMb));
  const cpu = [...runs].map((r) => r.cpu).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const okTime = limits.seconds === undefined || mid.seconds <= limits.seconds;
  const okMem = limits.mb === undefined || !(peak > limits.mb);
  const target = [limits.seconds !== undefined ? `≤ ${limits.seconds} s` : '', limits.mb !== undefined ? `≤ ${limits.mb} MB` : ''].filter(Boolean).join(', ');
  console.log(
    `${label}: median ${mid.seconds.toFixed(2)} s (runs ${runs.map((r) => r.seconds.toFixed(2)).join(' / ')} s), CPU ${Number.isFinite(cpu) ? cpu.toFixed(2) : '?'} s, peak RSS ${Number.isFinite(peak) ? peak.toFixed(0) : '?'} MB` +
      (target ? ` — target ${target}: ${okTime && okMem ? 'met' : 'NOT met'} on wall clock${limits.seconds !== undefined && Number.isFinite(cpu) ? `, ${cpu <= limits.seconds ? 'met' : 'NOT met'} on CPU time` : ''}` : ''),
  );
  return okTime && okMem;
}

// Build (or confirm fresh) once, outside the timings.
const warm = spawnSync(process.execPath, [bin, '--help'], { cwd: root, encoding: 'utf8' });
if (warm.status !== 0) throw new Error(`sizewise --help failed: ${warm.stderr}`);
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores shared)`);
report('node -e 0 (bare Node start, the floor)', ['-e', '0'], {});
report('sizewise --help', [bin, '--help'], { seconds: 0.15 });
report('sizewise stats nineteen-strategies.csv (4,034 trades)', [bin, 'stats', log], { seconds: 0.4 });
report('sizewise montecarlo nineteen-strategies.csv --sims 10000 --mode percent --resample block', [bin, 'montecarlo', log, '--sims', '10000', '--mode', 'percent', '--resample', 'block'], {
  seconds: 1.0,
  mb: 400,
});
console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
