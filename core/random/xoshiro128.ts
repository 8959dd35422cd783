/**
 * Seeded pseudo-random streams for simulations: xoshiro128** (Blackman & Vigna) in 32-bit
 * integer math, seeded through splitmix32 from (seed, stream). Stream i of a seed is the
 * same on every machine and in every worker, which is what makes a Monte Carlo run with
 * paths split across workers bit-identical to a single-thread run.
 *
 * The Monte Carlo kernel inlines `nextUint32` for speed; `Xoshiro128` is the reference
 * implementation (tests check the kernel draws the same numbers).
 */

/** 2^-32: multiplies a uint32 into [0, 1). */
export const UINT32_TO_UNIT = 1 / 4294967296;

/** One splitmix32 step: returns the mixed output for counter value `x`. */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/**
 * Writes the initial xoshiro128** state of stream `stream` under `seed` into `out[0..3]`.
 * Seed and stream are mixed as 32-bit integers (seed taken modulo 2^32). The state is
 * never all-zero.
 */
export function seedStream(seed: number, stream: number, out: Int32Array): void {
  let counter = splitmix32(splitmix32(seed | 0) ^ Math.imul(stream | 0, 0x632be5ab));
  for (let k = 0; k < 4; k++) {
    counter = (counter + 0x9e3779b9) | 0;
    out[k] = splitmix32(counter);
  }
  if ((out[0] | out[1] | out[2] | out[3]) === 0) out[0] = 1;
}

/** xoshiro128** generator over one stream; `nextUint32()` returns an integer in [0, 2^32). */
export class Xoshiro128 {
  private readonly s = new Int32Array(4);

  constructor(seed: number, stream = 0) {
    seedStream(seed, stream, this.s);
  }

  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9);
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result >>> 0;
  }

  /** Uniform in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() * UINT32_TO_UNIT;
  }

  /** Uniform integer in [0, n) for 1 ≤ n ≤ 2^32 (multiply-shift; bias below n / 2^32). */
  nextIndex(n: number): number {
    return Math.floor(this.nextUint32() * UINT32_TO_UNIT * n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
