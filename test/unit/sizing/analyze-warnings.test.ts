// analyzeSizing warnings, basis choice and option validation on hand-made logs.
import { describe, expect, it } from 'vitest';
import { analyzeSizing, validateSizingOptions } from '../../../core/sizing';
import { dailyTrades } from '../support/make-trade';

const options = { capital: 100_000, fraction: 0.5 };

describe('sizing warnings', () => {
  it('negative edge → no allocation, with a warning', () => {
    const trades = dailyTrades(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 100 : -150)));
    const s = analyzeSizing(trades, options).strategies[0];
    expect(s.kelly).toBeLessThan(0);
    expect(s.applied.value).toBe(0);
    expect(s.recommendedContracts).toBe(0);
    expect(s.warnings).toContain('Negative edge: Kelly on raw P/L is -25.00%, so nothing is allocated.');
  });

  it('fewer than 30 trades and no losses', () => {
    const s = analyzeSizing(dailyTrades([100, 50, 20]), options).strategies[0];
    expect(s.kelly).toBeNull();
    expect(s.applied.value).toBe(0);
    expect(s.warnings).toEqual([
      'Only 3 trades (fewer than 30): Kelly from so small a sample is unreliable.',
      'No losing trades in the sample: Kelly is undefined (it would bet everything), so nothing is allocated.',
    ]);
  });

  it('a single outlier trade driving Kelly', () => {
    const pls: number[] = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 100 : -100));
    pls[10] = 5_000;
    const s = analyzeSizing(dailyTrades(pls), options).strategies[0];
    expect(s.warnings.some((w) => w.startsWith('A single trade drives the result: without the trade opened 2025-01-20 10:00:00 (P/L 5000.00)'))).toBe(true);
  });

  it('a compounding log defaults to the per-contract basis; raw P/L on request gets a warning', () => {
    const trades = dailyTrades(Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? -100 : 80))).map((t, i) => ({ ...t, contracts: 1 + i, pl: t.pl * (1 + i) }));
    const auto = analyzeSizing(trades, options).strategies[0];
    expect(auto.basis).toBe('contract');
    expect(auto.basisReason).toContain('contract counts 1–40 vary more than 2×');
    expect(auto.chosenKelly).toBe(auto.kellyPerContract);
    const raw = analyzeSizing(trades, { ...options, basis: 'pl' }).strategies[0];
    expect(raw.warnings.some((w) => w.includes('Kelly on raw P/L is not meaningful'))).toBe(true);
  });

  it('with the classic p − q/b, the conservative max-loss basis sizes fewer contracts than the average loss', () => {
    const pls = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 150 : i % 4 === 1 ? -50 : -150));
    const classic = { ...options, kellyOf: 'classic' as const };
    const avg = analyzeSizing(dailyTrades(pls), classic).strategies[0];
    const max = analyzeSizing(dailyTrades(pls), { ...classic, riskBasis: 'max-loss' }).strategies[0];
    // the growth-optimal fraction is in risk units, so its contracts f*·C/D do not depend on D
    const growthAvg = analyzeSizing(dailyTrades(pls), options).strategies[0];
    const growthMax = analyzeSizing(dailyTrades(pls), { ...options, riskBasis: 'max-loss' }).strategies[0];
    expect(growthMax.growthOptimal! * 100_000 / 150).toBeCloseTo(growthAvg.growthOptimal! * 100_000 / 100, 6);
    expect(avg.riskPerContract).toBe(100);
    expect(max.riskPerContract).toBe(150);
    expect(max.kellyContracts!).toBeLessThan(avg.kellyContracts!);
  });

  it('per-strategy multipliers and the cap', () => {
    const pls = Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? -100 : 100));
    const trades = [...dailyTrades(pls, { strategy: 'A' }), ...dailyTrades(pls, { strategy: 'B' })];
    const report = analyzeSizing(trades, { ...options, multipliers: { A: 0.5 }, cap: 0.25 });
    const [a, b] = report.strategies;
    expect(a.kelly).toBeCloseTo(0.6, 12);
    expect(a.applied.value).toBeCloseTo(0.15, 12);
    expect(a.applied.cappedBy).toBeNull();
    expect(b.applied.cappedBy).toBe('cap');
    expect(b.applied.value).toBe(0.25);
  });

  it('validates the options field by field', () => {
    expect(validateSizingOptions({ capital: 0, fraction: 3, cap: 2, multipliers: { A: -1 }, marginCeiling: 0 }).map((e) => e.field)).toEqual([
      'capital',
      'fraction',
      'cap',
      'multipliers.A',
      'marginCeiling',
    ]);
    expect(() => analyzeSizing([], { capital: Number.NaN, fraction: 0.5 })).toThrow('capital: Capital must be a positive number.');
  });
});
