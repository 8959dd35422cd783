/** Helpers shared by the benchmarks: median-of-N timing, CPU time and peak memory figures. */
import { loadavg } from 'node:os';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Wall-clock and process CPU time (user + system, all threads) of `run`. */
export async function time(run: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** The median (by wall-clock) of `repeats` runs, and every run's wall-clock. */
export async function median(repeats: number, run: () => unknown): Promise<Timing & { runsMs: number[] }> {
  const timings: Timing[] = [];
  for (let k = 0; k < repeats; k++) timings.push(await time(run));
  const sorted = [...timings].sort((a, b) => a.wallMs - b.wallMs);
  return { ...sorted[Math.floor((repeats - 1) / 2)], runsMs: timings.map((t) => t.wallMs) };
}

/** "412 / 398 / 405 ms" */
export function runsText(runsMs: number[]): string {
  return `${runsMs.map((ms) => ms.toFixed(0)).join(' / ')} ms`;
}

/** Peak resident set size of this process so far, MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

/** A note on machine load: other processes share these cores. */
export function loadNote(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}
