// The radix percentiles of Float32 checkpoint values equal selection on a Float64 copy, exactly,
// for skewed data, ties, zeros (ruined paths), tiny arrays and a negative value (fallback).
import { describe, expect, it } from 'vitest';
import { nonNegativePercentiles, percentilesInPlace } from '../../../core/montecarlo/quantiles';
import { Xoshiro128 } from '../../../core/random';

const PROBS = [0.05, 0.25, 0.5, 0.75, 0.95];

function bySelection(values: Float32Array, transform?: (v: number) => number): number[] {
  return percentilesInPlace(Float64Array.from(values), PROBS, transform);
}

describe('nonNegativePercentiles', () => {
  const rng = new Xoshiro128(7);
  const cases: [string, Float32Array][] = [
    ['log-normal-ish, 10,001 values', Float32Array.from({ length: 10_001 }, () => Math.exp(3 * (rng.nextFloat() - 0.5)) * rng.nextFloat() * 5)],
    ['heavy tail with a third at 0', Float32Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 0 : 1 / (rng.nextFloat() + 1e-6)))],
    ['ties', Float32Array.from({ length: 999 }, () => rng.nextIndex(4) * 0.25)],
    ['all equal', new Float32Array(500).fill(1.5)],
    ['one value', Float32Array.of(2.5)],
    ['two values', Float32Array.of(3, 1)],
    ['a negative value', Float32Array.of(1, -2, 3, 4, 5)],
  ];
  it.each(cases)('%s', (_, values) => {
    const before = values.slice();
    expect(nonNegativePercentiles(values, PROBS, (v) => v * 100_000)).toEqual(bySelection(values, (v) => v * 100_000));
    expect(values).toEqual(before);
  });
});
