// SPEC §3 discrete Kelly vectors, with and without the 25% cap (applyFraction at full Kelly).
import { describe, expect, it } from 'vitest';
import { applyFraction, discreteKelly } from '../../../core/sizing';

const vectors: [p: number, b: number, kelly: number, capped: number][] = [
  [0.6, 2, 0.4, 0.25],
  [0.7, 1.5, 0.5, 0.25],
  [0.5, 1, 0, 0],
];

describe('discrete Kelly vectors', () => {
  it.each(vectors)('p %s, b %s → %s, capped %s', (p, b, kelly, capped) => {
    const raw = discreteKelly(p, b);
    expect(raw).toBeCloseTo(kelly, 12);
    const applied = applyFraction(raw, 1, 1, 0.25);
    expect(applied.value).toBeCloseTo(capped, 12);
    expect(applied.cappedBy).toBe(kelly > 0.25 ? 'cap' : null);
  });

  it('applies fraction and multiplier before the cap, and allocates nothing without an edge', () => {
    expect(applyFraction(0.4, 0.5, 1, 0.25)).toEqual({ value: 0.2, uncapped: 0.2, cappedBy: null });
    expect(applyFraction(0.4, 0.5, 1.5, 0.25)).toEqual({ value: 0.25, uncapped: 0.30000000000000004, cappedBy: 'cap' });
    expect(applyFraction(-0.1, 0.5, 1, 0.25)).toEqual({ value: 0, uncapped: 0, cappedBy: null });
    expect(applyFraction(null, 0.5, 1, 0.25)).toEqual({ value: 0, uncapped: 0, cappedBy: null });
  });
});
