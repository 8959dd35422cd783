// Weighted growth-optimal fraction: with two outcomes weighted by their probabilities it is
// the discrete Kelly p − q/b (SPEC §3 vectors), and whole-number weights equal repeating the
// returns; unit weights change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthOptimalFraction } from '../../../core/sizing';

describe('weighted growth-optimal fraction', () => {
  it('two outcomes weighted p and q: f* = p − q/b', () => {
    expect(growthOptimalFraction([2, -1], [0.6, 0.4])).toBeCloseTo(0.4, 12);
    expect(growthOptimalFraction([1.5, -1], [0.7, 0.3])).toBeCloseTo(0.5, 12);
    expect(growthOptimalFraction([1, -1], [0.5, 0.5])).toBe(0);
  });

  it('whole-number weights equal repeated returns; unit weights equal no weights', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -1, max: 3, noNaN: true }), fc.integer({ min: 1, max: 4 })), { minLength: 2, maxLength: 12 }), (pairs) => {
        const returns = pairs.map(([r]) => r);
        const repeated = pairs.flatMap(([r, k]) => Array.from({ length: k }, () => r));
        const weighted = growthOptimalFraction(returns, pairs.map(([, k]) => k));
        const plain = growthOptimalFraction(repeated);
        if (plain === null) expect(weighted).toBeNull();
        else if (plain === 0) expect(weighted).toBe(0);
        else expect((weighted as number) / plain).toBeCloseTo(1, 9); // relative: a tiny loss makes f* huge
        expect(growthOptimalFraction(returns, returns.map(() => 1))).toBe(growthOptimalFraction(returns));
      }),
    );
  });

  it('refuses weights of the wrong length or negative', () => {
    expect(growthOptimalFraction([1, -1], [1])).toBeNull();
    expect(growthOptimalFraction([1, -1], [1, -0.5])).toBeNull();
  });
});
