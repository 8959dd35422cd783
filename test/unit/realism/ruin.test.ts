// SPEC §4 vectors: Thorp's continuous drawdown probability and the Lundberg bound.
import { describe, expect, it } from 'vitest';
import { empiricalOutcomes, lundbergBound, lundbergExponent, thorpRuin } from '../../../core/realism';

describe('Thorp', () => {
  it('full Kelly halving → 0.5; half Kelly → 0.125', () => {
    expect(thorpRuin(0.5, 1)).toBe(0.5);
    expect(thorpRuin(0.5, 0.5)).toBe(0.125);
  });
  it('is certain at 2× Kelly and beyond, impossible at 0, null for invalid input', () => {
    expect(thorpRuin(0.5, 2)).toBe(1);
    expect(thorpRuin(0.5, 3)).toBe(1);
    expect(thorpRuin(0.5, 0)).toBe(0);
    expect(thorpRuin(1, 1)).toBeNull();
    expect(thorpRuin(0.5, -1)).toBeNull();
  });
});

describe('Lundberg', () => {
  const evenMoney = [
    { value: 1, probability: 0.55 },
    { value: -1, probability: 0.45 },
  ];
  it('p 0.55 even money, f 0.05 → λ 3.00839, P(halving) ≤ 0.124275', () => {
    expect(lundbergExponent(evenMoney, 0.05)).toBeCloseTo(3.00839, 5);
    expect(lundbergBound(evenMoney, 0.05, 0.5)).toBeCloseTo(0.124275, 6);
  });
  it('f 0.10 → λ = 1', () => {
    expect(lundbergExponent(evenMoney, 0.1)).toBeCloseTo(1, 10);
  });
  it('an empirical sample with the same frequencies gives the same λ', () => {
    const sample = [...Array(11).fill(1), ...Array(9).fill(-1)];
    expect(lundbergExponent(empiricalOutcomes(sample), 0.05)).toBeCloseTo(3.00839, 5);
  });
  it('no positive growth → λ 0, bound 1; nothing loses → bound 0', () => {
    expect(lundbergExponent(evenMoney, 0.5)).toBe(0);
    expect(lundbergBound(evenMoney, 0.5)).toBe(1);
    expect(lundbergExponent(empiricalOutcomes([1, 2]), 0.1)).toBeNull();
    expect(lundbergBound(empiricalOutcomes([1, 2]), 0.1)).toBe(0);
  });
});
