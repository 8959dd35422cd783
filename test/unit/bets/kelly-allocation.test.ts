// "Kelly at group level" as the allocation: a group's share of the run budget is its
// growth-optimal fraction (scaled down when they sum above 1, at most max); a group without an
// edge gets nothing and the rest stays unallocated, said so.
import { describe, expect, it } from 'vitest';
import { analyzeBets, groupKellyFraction } from '../../../core/bets';
import { bet, day } from './support';

// Group A: wins 3 of 5 at 0.5 (even money); group B: wins 1 of 5 at 0.5.
const log = Array.from({ length: 30 }, (_, i) => [
  bet({ date: day(i), group: 'A', outcome: (i % 5 < 3 ? 1 : 0) as 0 | 1, price: 0.5 }),
  bet({ date: day(i), group: 'B', outcome: (i % 5 < 1 ? 1 : 0) as 0 | 1, price: 0.5 }),
]).flat();

describe('Kelly allocation', () => {
  it('even-money bets: the group Kelly is 2ĥ − 1 (p − q/b with b = 1)', () => {
    expect(groupKellyFraction([1, 1], [1, 1], 0.6)).toBeCloseTo(0.2, 12);
    expect(groupKellyFraction([1], [1], 0.4)).toBe(0);
    expect(groupKellyFraction([], [], 0.9)).toBe(0);
  });

  it('shares the budget by the group Kelly fractions', () => {
    const a = analyzeBets(log, null, { budget: 1000, allocation: 'kelly', halfLife: 1e9, max: 0.4 });
    const [A, B] = a.groups;
    // no decay: ĥ_A = (1 + 18)/(2 + 30) = 0.59375 → f* = 2ĥ − 1 = 0.1875
    expect(A.metrics.weightedPosterior.mean).toBeCloseTo(19 / 32, 7);
    expect(A.groupKelly).toBeCloseTo(0.1875, 7); // half-life 1e9 settled days: weights 1 − O(1e-8)
    expect(A.budget).toBe(187);
    expect(B.groupKelly).toBe(0);
    expect(B.budget).toBe(0);
    expect(a.allocation.unallocated).toBeCloseTo(0.8125, 7);
    expect(a.allocation.note).toBe('81.3% of the budget stays unallocated (Kelly says less, or the 40.0% maximum binds).');
  });
});
