// Never silent: the forced trade appears exactly when allocation and sizing leave zero bets,
// is the best candidate by edge after fees, sized with the tiny cap (≤ available contracts),
// marked forced with why no regular bet passed; with a regular bet, nothing is forced.
import { describe, expect, it } from 'vitest';
import { analyzeBets, runBets } from '../../../core/bets';
import { bet, candidate, day } from './support';

// One group with a year-like history: good enough to get a budget.
const log = Array.from({ length: 40 }, (_, i) => bet({ date: day(i), group: 'A', outcome: (i % 5 < 3 ? 1 : 0) as 0 | 1, pModel: 0.6, price: 0.5, forecastError: 1 }));
const options = { budget: 100, cash: 400, min: 0, max: 1 };

describe('the forced trade', () => {
  it('is not used when a regular bet passes', () => {
    const json = runBets(log, [candidate({ group: 'A', pModel: 0.6, price: 0.5 })], options);
    expect(json.tickets).toHaveLength(1);
    expect(json.tickets[0].forced).toBe(false);
    // Kelly 0.2 × 0.25 × $400 cash = $20 → 40 contracts at 0.50
    expect(json.tickets[0]).toMatchObject({ contracts: 40, stake: 20, kelly: expect.closeTo(0.2, 12) });
  });

  it('appears when every candidate rounds to 0 contracts, on the largest edge after fees', () => {
    // Tiny edges with a $4 cash bankroll: Kelly × 0.25 × $4 buys no contract at these prices.
    const candidates = [
      candidate({ group: 'A', market: 'small-edge', pModel: 0.52, price: 0.5 }),
      candidate({ group: 'A', market: 'best-edge', pModel: 0.4, price: 0.3, feePerContract: 0.02, availableContracts: 50 }),
      candidate({ group: 'A', market: 'no-edge', pModel: 0.45, price: 0.5 }),
    ];
    const a = analyzeBets(log, candidates, { budget: 100, cash: 4, min: 0, max: 1 });
    expect(a.sized.map((s) => s.skip)).toEqual(['rounds-to-zero', null, 'no-edge']);
    expect(a.forced).toBe(true);
    expect(a.tickets).toHaveLength(1);
    const t = a.tickets[0];
    expect(t.candidate.market).toBe('best-edge');
    expect(t.forced).toBe(true);
    // forced cap min($2, run budget $1) = $1 → floor(1 / 0.32) = 3 contracts, stake $0.96
    expect(t.contracts).toBe(3);
    expect(t.stake).toBeCloseTo(0.96, 12);
    expect(t.reasons).toContain('Forced: 3 candidates, none placed: 1 had no edge after fees, 2 rounded down to 0 contracts.');
    expect(t.reasons).toContain('Picked as the largest edge after fees: p 0.400 − 0.320 = 0.080.');
    expect(t.reasons).toContain('Sized with the forced cap $1.00: 3 contracts at 0.320 (stake $0.96).');
    expect(runBets(log, candidates, { budget: 100, cash: 4, min: 0, max: 1 }).tickets[0].forced).toBe(true);
  });

  it('is at most the available contracts', () => {
    const a = analyzeBets(log, [candidate({ group: 'A', pModel: 0.9, price: 0.2, availableContracts: 1 })], { budget: 0.5, cash: null, forceCap: 2, min: 0, max: 1 });
    // run budget $0.50, Kelly target 0.875 × 0.25 × $0.50 → 0 contracts; forced: cap $0.50 → 2, but 1 available
    expect(a.tickets).toHaveLength(1);
    expect(a.tickets[0]).toMatchObject({ forced: true, contracts: 1 });
    expect(a.tickets[0].reasons.at(-1)).toBe('Sized with the forced cap $0.50, limited to the 1 contracts available (stake $0.20).');
  });

  it('is not forced when no candidate has an edge: nothing placed, and said so', () => {
    const a = analyzeBets(log, [candidate({ group: 'A', pModel: 0.4, price: 0.5 })], options);
    expect(a.tickets).toEqual([]);
    expect(a.forced).toBe(false);
    expect(a.messages.at(-1)).toBe('Nothing placed: 1 candidate, none placed: 1 had no edge after fees; no candidate has a positive edge after fees, so no bet is forced.');
  });

  it('can be turned off (force cap 0)', () => {
    const a = analyzeBets(log, [candidate({ group: 'A', pModel: 0.52, price: 0.5 })], { budget: 100, cash: 4, forceCap: 0, min: 0, max: 1 });
    expect(a.tickets).toEqual([]);
    expect(a.messages.at(-1)).toBe('Nothing placed: 1 candidate, none placed: 1 rounded down to 0 contracts (the forced trade is off).');
  });
});
