// Issue 18 §1: the compounding single-strategy log dc-2-7-mon-wed.csv at $1,000,000, half
// Kelly. Reference: test/reference/dc-2-7-placeable.py (numpy/scipy) — D 185.529256, worst
// loss 1,690.24 per contract, growth-optimal f* 0.0985885843, classic p − q/b 0.3997164705.
// Half of the classic figure asked for 1,077 contracts (2× the growth-optimal fraction; 1,077
// × 1,690 = $1.82M on $1M) with only a margin warning. Now half of f* asks for 265, and the
// worst-loss cap (20% of capital ÷ 1,690.24) makes it 118, named as the binding constraint.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { analyzeSizing, type SizingEntry } from '../../../core/sizing';
import { fixtureTrades } from '../support/fixtures';

let trades: Trade[];
let entry: SizingEntry;
beforeAll(async () => {
  trades = await fixtureTrades('single-strategy/dc-2-7-mon-wed.csv');
  entry = analyzeSizing(trades, { capital: 1_000_000, fraction: 0.5 }).strategies[0];
});

describe('dc-2-7-mon-wed, half Kelly at $1M', () => {
  it('half Kelly is half the growth-optimal fraction', () => {
    expect(entry.basis).toBe('contract');
    expect(entry.growthOptimal!).toBeCloseTo(0.0985885843, 9);
    expect(entry.chosenKelly!).toBeCloseTo(0.3997164705, 9);
    expect(entry.applied.value).toBeCloseTo(0.0985885843 / 2, 9);
    expect(entry.ofGrowthOptimal).toBeCloseTo(0.5, 12);
    expect(entry.riskPerContract!).toBeCloseTo(185.529256, 5);
  });

  it('never defaults to 1,077 contracts: Kelly says 265, the worst-loss cap makes it 118', () => {
    expect(entry.kellyContracts).toBe(265);
    expect(entry.placeableContracts).toBe(118);
    expect(entry.recommendedContracts).toBe(118);
    expect(entry.worstLossPerContract).toBeCloseTo(1690.24, 6);
    expect(entry.binding).toEqual(['worst-loss']);
    expect(entry.bindingConstraint).toBe('Limited by the worst-loss cap (one repeat of the worst loss, $1,690.24 per contract, may cost at most 20.00% of capital).');
    expect(entry.placeableContracts! * entry.worstLossPerContract!).toBeLessThanOrEqual(200_000);
  });

  it('the classic p − q/b, chosen explicitly with the caps lifted, gives the 1,077 and a warning in words', () => {
    const classic = analyzeSizing(trades, { capital: 1_000_000, fraction: 0.5, kellyOf: 'classic', marginCeiling: null, lossShare: null, totalFraction: null }).strategies[0];
    expect(classic.kellyContracts).toBe(1077);
    expect(classic.ofGrowthOptimal!).toBeCloseTo(0.3997164705 / 2 / 0.0985885843, 6);
    expect(classic.warnings.some((w) => w.startsWith('The applied fraction 19.99% is above the growth-optimal fraction 9.86% (2.03× it)'))).toBe(true);
    // with the default caps the same classic choice is still placeable: 118
    expect(analyzeSizing(trades, { capital: 1_000_000, fraction: 0.5, kellyOf: 'classic' }).strategies[0].placeableContracts).toBe(118);
  });
});
