// Budget across groups: shares within [min, max] summing to the budget (against the bisection
// of test/unit/bets/reference/bets_reference.py "shares"), whole dollars by largest remainder,
// the run budget, and properties over random scores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedShares, runBudget, wholeDollars } from '../../../core/bets';

describe('budget split', () => {
  it('matches the reference shares', () => {
    const cases: [number[], number[]][] = [
      [[0.9, 0.05, 0.37, 0.001, 0.21], [0.4, 0.05, 0.318965517241379, 0.05, 0.181034482758621]],
      [[1, 1, 1, 1], [0.25, 0.25, 0.25, 0.25]],
      [[5, 0.1, 0.2, 0.1, 0.3, 0.1], [0.4, 0.075, 0.15, 0.075, 0.225, 0.075]],
      [[0.2, 0.01, 0.015, 0.3, 0.02, 0.025, 0.5], [0.16, 0.05, 0.05, 0.24, 0.05, 0.05, 0.4]],
    ];
    for (const [scores, expected] of cases) {
      const s = boundedShares(scores, 0.05, 0.4);
      s.fractions.forEach((f, i) => expect(f).toBeCloseTo(expected[i], 13));
      expect(s.unallocated).toBe(0);
      expect(s.note).toBeNull();
    }
  });

  it('whole dollars: largest remainder, ties to the earlier group', () => {
    expect(wholeDollars([200, 25, 159.48275862068965, 25, 90.51724137931033])).toEqual([200, 25, 159, 25, 91]);
    expect(wholeDollars([200, 37.50000000000001, 75.00000000000001, 37.50000000000001, 112.49999999999999, 37.50000000000001])).toEqual([200, 38, 75, 38, 112, 37]);
    expect(wholeDollars([33.3, 33.3, 33.4])).toEqual([33, 33, 34]); // floors 99, one dollar left: to the largest remainder 0.4
  });

  it('a group without a score gets the minimum', () => {
    const s = boundedShares([null, 1, 3], 0.05, 0.9);
    expect(s.fractions[0]).toBe(0.05);
    expect(s.fractions[1]).toBeCloseTo(0.2375, 14);
    expect(s.fractions[2]).toBeCloseTo(0.7125, 14);
  });

  it('infeasible bounds are said: too many groups for the minimum, too few for the maximum', () => {
    const many = boundedShares(Array.from({ length: 25 }, (_, i) => i + 1), 0.05, 0.4);
    expect(many.fractions.every((f) => f === 1 / 25)).toBe(true);
    expect(many.note).toBe('25 groups × the minimum 5% exceed the budget: each group gets an equal 4.0%.');
    const two = boundedShares([1, 2], 0.05, 0.4);
    expect(two.fractions).toEqual([0.4, 0.4]);
    expect(two.unallocated).toBeCloseTo(0.2, 15);
    expect(two.note).toBe('The maximum 40% per group caps every group: 20.0% of the budget stays unallocated.');
  });

  it('run budget = min(cap, balance fraction × cash)', () => {
    expect(runBudget(500, 2000, 0.25)).toMatchObject({ amount: 500, text: 'Run budget $500.00: the smaller of the $500.00 cap and 25% of $2,000.00 cash = $500.00.' });
    expect(runBudget(500, 1000, 0.25).amount).toBe(250);
    expect(runBudget(null, 1000, 0.3).amount).toBe(300);
    expect(runBudget(120, null, 0.25)).toMatchObject({ amount: 120, text: 'Run budget $120.00: the $120.00 cap.' });
  });

  it('property: shares respect [min, max], sum to 1 when feasible, dollars sum within a dollar', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 1e-4, max: 10, noNaN: true }), { nil: null, freq: 8 }), { minLength: 3, maxLength: 20 }),
        fc.double({ min: 10, max: 100_000, noNaN: true }),
        (scores, budget) => {
          const s = boundedShares(scores, 0.05, 0.4);
          const sum = s.fractions.reduce((a, b) => a + b, 0);
          if (scores.length * 0.05 <= 1) {
            for (const f of s.fractions) {
              expect(f).toBeGreaterThanOrEqual(0.05 - 1e-12);
              expect(f).toBeLessThanOrEqual(0.4 + 1e-12);
            }
          }
          expect(sum + s.unallocated).toBeCloseTo(1, 10);
          const dollars = wholeDollars(s.fractions.map((f) => f * budget));
          const total = dollars.reduce((a, b) => a + b, 0);
          expect(Math.abs(total - sum * budget)).toBeLessThan(1);
          dollars.forEach((d, i) => expect(Math.abs(d - s.fractions[i] * budget)).toBeLessThan(1));
        },
      ),
    );
  });
});

describe('budget split without any score', () => {
  it('every group new: the minimum each, the rest unallocated, said so', () => {
    const s = boundedShares([null, null], 0.05, 0.4);
    expect(s.fractions).toEqual([0.05, 0.05]);
    expect(s.unallocated).toBeCloseTo(0.9, 15);
    expect(s.note).toBe('No group has a score (no settled bets in the window): each gets the minimum 5%, the rest stays unallocated.');
  });
});
