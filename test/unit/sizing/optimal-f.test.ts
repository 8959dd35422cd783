// SPEC §3 Vince optimal f vector: P = {9, 18, 7, 1, 10, −5, −3, −17, −7}. The one optimal f
// (core/sizing/optimal-f) serves the Sizing page, the CLI, the report and the replay rules.
import { describe, expect, it } from 'vitest';
import { optimalF } from '../../../core/sizing';

describe('optimal f', () => {
  const pl = [9, 18, 7, 1, 10, -5, -3, -17, -7];
  const result = optimalF(pl).value;

  it('matches the SPEC vector', () => {
    expect(result).not.toBeNull();
    // The exact maximiser (root of Σ rᵢ/(1 + f·rᵢ) = 0) is 0.23670818; the SPEC's 0.236709
    // agrees to 1e-6 (its last digit comes from an optimizer tolerance).
    expect(Math.abs(result!.f - 0.236709)).toBeLessThan(1e-6);
    expect(result!.f).toBeCloseTo(0.2367082, 7);
    expect(result!.twr).toBeCloseTo(1.095719, 6);
    expect(result!.geometricMean).toBeCloseTo(1.010208, 6);
    expect(result!.fDollar).toBeCloseTo(71.818, 3);
    expect(result!.largestLoss).toBe(17);
  });

  it('gives the same answer on a typed-array prefix (the replay refits trailing samples)', () => {
    const typed = Float64Array.from([...pl, 1000, -1000]);
    expect(optimalF(typed, pl.length).value).toEqual(result);
  });

  it('is null with its reason without a trade, without a loss, and for a non-positive mean', () => {
    expect(optimalF([])).toEqual({ value: null, reason: 'no trades' });
    expect(optimalF([1, 2, 3])).toEqual({ value: null, reason: 'no losing trade: optimal f is unbounded' });
    expect(optimalF([1, -2, 0.5, -1])).toEqual({ value: null, reason: 'mean P/L per contract ≤ 0: no edge, optimal f is 0' });
    expect(optimalF([5, -5]).value).toBeNull();
  });
});

describe('optimal f on a long log whose TWR exceeds the largest double', () => {
  it('keeps f*, G and f$ and gives TWR as null', () => {
    // 200,000 trades: +80 twice, −100 once, repeated. f* solves the growth optimum of {0.8, 0.8, −1}:
    // 2·0.8/(1 + 0.8f) = 1/(1 − f) → f* = 0.6/2.4 = 0.25 (exactly for whole cycles; 200,000 = 66,666 cycles + 2 wins).
    const pl = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 2 ? -100 : 80));
    const result = optimalF(pl).value;
    expect(result).not.toBeNull();
    expect(result!.twr).toBeNull();
    expect(result!.f).toBeCloseTo(0.25, 4);
    expect(result!.geometricMean).toBeCloseTo(Math.exp((2 * Math.log(1.2) + Math.log(0.75)) / 3), 5);
    expect(result!.fDollar).toBeCloseTo(100 / result!.f, 6);
  });
});
