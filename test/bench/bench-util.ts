/** Helpers shared by the benchmarks: best-of timing, CPU time and peak memory figures. */
import { loadavg } from 'node:os';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Wall-clock and process CPU time of `run`. */
export async function time(run: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** The fastest (by wall-clock) of `repeats` runs. */
export async function best(repeats: number, run: () => unknown): Promise<Timing> {
  let fastest: Timing | null = null;
  for (let k = 0; k < repeats; k++) {
    const timing = await time(run);
    if (fastest === null || timing.wallMs < fastest.wallMs) fastest = timing;
  }
  return fastest!;
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
  return `load average ${loadavg()[0].toFixed(2)}`;
}
