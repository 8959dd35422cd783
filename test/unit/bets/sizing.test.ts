// Sizing a candidate: binary Kelly on the fee-adjusted price (SPEC §3 vectors p 0.6 c 0.5 → 0.2,
// p 0.3 c 0.25 → 0.066667; the NO side symmetric), × the Kelly fraction × the bankroll, then the
// group budget, the per-bet cap, the available contracts and whole contracts, each in words.
import { describe, expect, it } from 'vitest';
import { sizeCandidates } from '../../../core/bets';
import { candidate } from './support';

const settings = { bankroll: 1000, bankrollLabel: 'cash', kellyFraction: 0.25, perBetCap: null, feePerContract: 0 };
const budgets = new Map([['A', 1000], ['B', 30], ['Z', 0]]);

describe('sizing candidates', () => {
  it('SPEC §3 vectors, YES and NO', () => {
    const [yes, yes2, no] = sizeCandidates(
      [candidate({ group: 'A', pModel: 0.6, price: 0.5 }), candidate({ group: 'A', pModel: 0.3, price: 0.25 }), candidate({ group: 'A', side: 'NO', pModel: 0.6, price: 0.5 })],
      budgets,
      settings,
    );
    expect(yes.kelly).toBeCloseTo(0.2, 12);
    expect(yes2.kelly).toBeCloseTo(0.066667, 6);
    expect(no.kelly).toBeCloseTo(0.2, 12); // P(NO) 0.6 at the NO price 0.5
    // 0.2 × 0.25 × $1,000 = $50 → 100 contracts at 0.50
    expect(yes).toMatchObject({ contracts: 100, stake: 50 });
    expect(yes.reasons).toEqual(['Kelly (p − c)/(1 − c) = (0.600 − 0.500)/(1 − 0.500) = 0.2000 on the fee-adjusted price (no fee).', '× Kelly fraction 0.25 = 0.0500 of $1,000.00 cash = $50.00.']);
  });

  it('fees raise the price Kelly sees', () => {
    const [c] = sizeCandidates([candidate({ group: 'A', pModel: 0.6, price: 0.48, feePerContract: 0.02 })], budgets, settings);
    expect(c.cost).toBe(0.5);
    expect(c.edge).toBeCloseTo(0.1, 12);
    expect(c.kelly).toBeCloseTo(0.2, 12);
    const [run] = sizeCandidates([candidate({ group: 'A', pModel: 0.6, price: 0.48 })], budgets, { ...settings, feePerContract: 0.02 });
    expect(run.kelly).toBeCloseTo(0.2, 12);
  });

  it('the group budget scales its bets together, then per-bet cap, depth and whole contracts', () => {
    const sized = sizeCandidates(
      [candidate({ group: 'B', market: 'b1', pModel: 0.6, price: 0.5 }), candidate({ group: 'B', market: 'b2', pModel: 0.3, price: 0.25, availableContracts: 7 })],
      budgets,
      { ...settings, perBetCap: 20 },
    );
    // targets $50 and $16.6667: sum $66.67 > $30 → scale 0.45 → $22.50 and $7.50
    expect(sized[0].reasons[2]).toBe('Group budget $30.00 < the $66.67 its 2 bets want: scaled by 0.4500 → $22.50.');
    expect(sized[0].reasons[3]).toBe('Capped by the per-bet cap $20.00.');
    expect(sized[0]).toMatchObject({ contracts: 40, stake: 20 });
    expect(sized[1].reasons.slice(3)).toEqual(['Only 7 contracts available at this price (wanted 30.0).']);
    expect(sized[1]).toMatchObject({ contracts: 7, stake: 1.75 });
  });

  it('rounds down and says so', () => {
    const [c] = sizeCandidates([candidate({ group: 'A', pModel: 0.6, price: 0.47 })], budgets, settings);
    // (0.6 − 0.47)/0.53 = 0.245283 × 250 = $61.32 → 130.47 contracts → 130
    expect(c.contracts).toBe(130);
    expect(c.reasons.at(-1)).toBe('Whole contracts: 130.47 → 130 (stake $61.10).');
  });

  it('no edge, no budget, a price at 1 after fees: no bet, with the reason', () => {
    const [edge, budget, price] = sizeCandidates(
      [candidate({ group: 'A', pModel: 0.5, price: 0.5 }), candidate({ group: 'Z', pModel: 0.7, price: 0.5 }), candidate({ group: 'A', pModel: 0.99, price: 0.98, feePerContract: 0.02 })],
      budgets,
      settings,
    );
    expect(edge).toMatchObject({ skip: 'no-edge', contracts: 0, stake: 0 });
    expect(edge.reasons.at(-1)).toBe('No bet: no edge (p 0.500 ≤ fee-adjusted price 0.500).');
    expect(budget.skip).toBe('no-budget');
    expect(budget.reasons.at(-1)).toBe('No bet: the group "Z" has no budget in this run.');
    expect(price.skip).toBe('price');
    expect(price.kelly).toBeNull();
  });
});
