// Seeded synthetic data for the learned-allocator tests (not a test file).
import { Xoshiro128 } from '../../../core/random';
import type { ReturnSeries } from '../../../core/model';
import type { LegInput } from '../../../core/learn';

/** Standard normal draws (Box–Muller) from a seeded stream. */
export function normals(seed: number, n: number): Float64Array {
  const rng = new Xoshiro128(seed, 7);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = Math.max(rng.nextFloat(), 1e-12);
    const v = rng.nextFloat();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < n) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** Business days (Mon–Fri) from 2010-01-04. */
export function businessDates(n: number): string[] {
  const out: string[] = [];
  for (let d = Date.UTC(2010, 0, 4); out.length < n; d += 86_400_000) {
    const day = new Date(d).getUTCDay();
    if (day !== 0 && day !== 6) out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
}

export function returnLeg(name: string, dates: string[], returns: ArrayLike<number>, extras: Record<string, number[]> = {}): LegInput {
  const series: ReturnSeries = { name, source: `${name}.csv`, kind: 'returns', dates, returns: Array.from(returns), extras };
  return { file: `${name}.csv`, series };
}

/** Two independent legs of iid normal daily returns (mean 0.0003, sd 0.01). */
export function noiseLegs(seed: number, days: number): { dates: string[]; a: number[]; b: number[] } {
  const z = normals(seed, 2 * days);
  const a = Array.from({ length: days }, (_, i) => 0.0003 + 0.01 * z[i]);
  const b = Array.from({ length: days }, (_, i) => 0.0003 + 0.01 * z[days + i]);
  return { dates: businessDates(days), a, b };
}
