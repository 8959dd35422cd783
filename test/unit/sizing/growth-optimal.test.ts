// Growth-optimal fraction: argmax mean ln(1 + f·rᵢ) over the feasible range.
import { describe, expect, it } from 'vitest';
import { expectedLogGrowth, growthOptimalFraction, maxFeasibleFraction } from '../../../core/sizing';

describe('growth-optimal fraction', () => {
  it('equals discrete Kelly for a two-outcome bet (60% win +2, 40% lose −1 → 0.4)', () => {
    const returns = [2, 2, 2, -1, -1];
    expect(growthOptimalFraction(returns)).toBeCloseTo(0.4, 12);
  });

  it('stays inside the feasible range where 1 + f·r > 0', () => {
    const returns = [5, -4, 0.5];
    const f = growthOptimalFraction(returns)!;
    expect(maxFeasibleFraction(returns)).toBe(0.25);
    expect(f).toBeGreaterThan(0);
    expect(f).toBeLessThan(0.25);
    // a maximum: growth falls on both sides
    expect(expectedLogGrowth(returns, f)!).toBeGreaterThan(expectedLogGrowth(returns, f * 0.99)!);
    expect(expectedLogGrowth(returns, f)!).toBeGreaterThan(expectedLogGrowth(returns, Math.min(f * 1.01, 0.2499))!);
  });

  it('is 0 without a positive mean, null without losses or data', () => {
    expect(growthOptimalFraction([1, -1])).toBe(0);
    expect(growthOptimalFraction([1, 2])).toBeNull();
    expect(growthOptimalFraction([])).toBeNull();
  });

  it('expected log growth is null where undefined', () => {
    expect(expectedLogGrowth([1, -1], 1)).toBeNull();
    expect(expectedLogGrowth([1, -1], 0.5)).toBeCloseTo((Math.log(1.5) + Math.log(0.5)) / 2, 14);
  });
});
