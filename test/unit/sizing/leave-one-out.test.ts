// The outlier check: the trade whose removal moves Kelly the most.
import { describe, expect, it } from 'vitest';
import { kellyFromOutcomes, mostInfluentialTrade } from '../../../core/sizing';

describe('leave-one-out Kelly', () => {
  it('finds the single big winner and matches a recomputation without it', () => {
    const values = [100, 100, 100, -100, -100, -100, 1_000, -100, 100, -100];
    const driver = mostInfluentialTrade(values)!;
    expect(driver.index).toBe(6);
    const without = kellyFromOutcomes(values.filter((_, i) => i !== 6))!;
    expect(driver.kellyWithout).toBeCloseTo(without, 14);
    expect(driver.change).toBeCloseTo(Math.abs(without - driver.kelly) / driver.kelly, 14);
    expect(driver.change!).toBeGreaterThan(0.5);
  });

  it('reports an undefined Kelly when the only loss is removed', () => {
    const driver = mostInfluentialTrade([10, 10, 10, -5])!;
    expect(driver.index).toBe(3);
    expect(driver.kellyWithout).toBeNull();
    expect(driver.change).toBeNull();
  });

  it('is null when Kelly itself is undefined or 0', () => {
    expect(mostInfluentialTrade([1, 2])).toBeNull();
    expect(mostInfluentialTrade([1, -1])).toBeNull();
  });
});
