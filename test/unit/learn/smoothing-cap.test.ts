// Smoothing and the daily change cap (issue 13 "Policy"), checked day by day against the rule
// w_t = α·w_{t−1} + (1 − α)·w_raw, scaled back so that no leg moves more than the cap: on seeded
// random raw weights for three legs, every day's largest move ≤ cap, weights ≥ 0 summing to 1,
// and an uncapped day equals the smoothing formula exactly.
import { describe, expect, it } from 'vitest';
import { smoothPath, weightGrid } from '../../../core/learn';
import { Xoshiro128 } from '../../../core/random';

describe('smoothing and change cap', () => {
  it('holds on every day', () => {
    const grid = weightGrid(3, 0.1);
    if (!grid.ok) throw new Error(grid.message);
    expect(grid.buckets.length).toBe(66); // C(12, 2)
    const rng = new Xoshiro128(4, 1);
    const raw = Array.from({ length: 2000 }, () => grid.buckets[rng.nextIndex(grid.buckets.length)]);
    const alpha = 0.3;
    const cap = 0.1;
    const path = smoothPath([1 / 3, 1 / 3, 1 / 3], raw, alpha, cap);
    let prev = [1 / 3, 1 / 3, 1 / 3];
    let uncapped = 0;
    for (let t = 0; t < path.length; t++) {
      const w = path[t];
      const moves = w.map((v, i) => Math.abs(v - prev[i]));
      expect(Math.max(...moves)).toBeLessThanOrEqual(cap + 1e-12);
      expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      for (const v of w) expect(v).toBeGreaterThanOrEqual(-1e-15);
      const target = raw[t].map((r, i) => alpha * prev[i] + (1 - alpha) * r);
      if (Math.max(...target.map((v, i) => Math.abs(v - prev[i]))) <= cap) {
        uncapped++;
        for (let i = 0; i < 3; i++) expect(w[i]).toBeCloseTo(target[i], 14);
      } else {
        // Capped: the move points the same way as the smoothed target's.
        for (let i = 0; i < 3; i++) expect(Math.sign(w[i] - prev[i])).toBe(Math.sign(target[i] - prev[i]));
      }
      prev = w;
    }
    expect(uncapped).toBeGreaterThan(0);
  });
  it('refuses a grid step that does not divide 1', () => {
    const g = weightGrid(2, 0.3);
    expect(g.ok).toBe(false);
  });
});
