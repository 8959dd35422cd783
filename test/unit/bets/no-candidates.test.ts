// A run without candidates says so and places nothing, and still splits the budget over the
// log's groups; candidates restrict the split to their groups (and a new group gets the minimum).
import { describe, expect, it } from 'vitest';
import { analyzeBets } from '../../../core/bets';
import { bet, candidate, day } from './support';

const log = ['A', 'B', 'C'].flatMap((group, g) => Array.from({ length: 20 }, (_, i) => bet({ date: day(i), group, outcome: ((i + g) % 3 === 0 ? 0 : 1) as 0 | 1, pModel: 0.6, price: 0.5 })));

describe('runs without candidates', () => {
  it('no candidates given: budgets only, no tickets', () => {
    const a = analyzeBets(log, null, { budget: 300 });
    expect(a.tickets).toEqual([]);
    expect(a.sized).toEqual([]);
    expect(a.messages).toContain('No candidates given: budgets only, no tickets.');
    expect(a.groups.reduce((s, g) => s + g.budget, 0)).toBe(300);
  });

  it('an empty candidate list: nothing placed, and said so (no forced bet without a candidate)', () => {
    const a = analyzeBets(log, [], { budget: 300 });
    expect(a.tickets).toEqual([]);
    expect(a.forced).toBe(false);
    expect(a.messages).toContain('No candidates for this run: nothing placed.');
  });

  it('candidates: only their groups share the budget; a group without history gets the minimum', () => {
    const a = analyzeBets(log, [candidate({ group: 'A' }), candidate({ group: 'New' })], { budget: 300, min: 0.1, max: 0.95 });
    const by = Object.fromEntries(a.groups.map((g) => [g.name, g]));
    expect(by.B.budget).toBe(0);
    expect(by.B.budgetReason).toBe('No candidate in this run.');
    expect(by.New.score.score).toBeNull();
    expect(by.New.budget).toBe(30);
    expect(by.New.budgetReason).toBe('No settled bets in the window: the minimum 10.0%.');
    expect(by.New.metrics.drift.reason).toBe('Not tested: no settled bets.');
    expect(by.A.budget).toBe(270);
  });
});
