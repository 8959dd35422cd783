// analyzeSizing on the real EMA trade log (SPEC §1 reference values) at 100,000.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { analyzeSizing, type SizingReport } from '../../../core/sizing';
import { fixtureTrades } from '../support/fixtures';

let trades: Trade[];
let report: SizingReport;

beforeAll(async () => {
  trades = await fixtureTrades('ema-tradelog.csv');
  report = analyzeSizing(trades, { capital: 100_000, fraction: 0.5 });
});

describe('sizing the EMA log', () => {
  it('has the SPEC Kelly per strategy and for the portfolio (raw P/L, decided win rate)', () => {
    const byName = Object.fromEntries(report.strategies.map((s) => [s.name, s]));
    expect(byName['0DTE CCS - EMA Entry'].kelly).toBeCloseTo(0.0996278, 7);
    expect(byName['0DTE PCS - EMA Entry'].kelly).toBeCloseTo(0.0194697, 7);
    expect(report.portfolio.kelly).toBeCloseTo(0.0522067, 7);
    expect(report.portfolio.trades).toBe(384);
    expect(report.portfolio.winRate).toBeCloseTo(0.484375, 12);
  });

  it('keeps the raw-P/L basis (2–3 contracts, within 2×) and says why', () => {
    for (const entry of [report.portfolio, ...report.strategies]) {
      expect(entry.basis).toBe('pl');
      expect(entry.basisReason).toContain('within 2×');
    }
  });

  it('with the classic p − q/b chosen and the caps lifted: half of it, floor(applied · capital / D)', () => {
    const classic = analyzeSizing(trades, { capital: 100_000, fraction: 0.5, kellyOf: 'classic', marginCeiling: null, lossShare: null, totalFraction: null });
    const ccs = classic.strategies.find((s) => s.name === '0DTE CCS - EMA Entry')!;
    // applied = 0.0996278 / 2; contracts = floor(applied · 100,000 / avg loss per contract)
    expect(ccs.applied.value).toBeCloseTo(0.0498139, 7);
    expect(ccs.kellyContracts).toBe(Math.floor((ccs.applied.value * 100_000) / ccs.riskPerContract!));
    expect(ccs.recommendedContracts).toBe(ccs.kellyContracts);
    expect(ccs.bindingConstraint).toBeNull();
    expect(ccs.dollarsAtRisk!).toBeLessThanOrEqual(ccs.applied.value * 100_000);
    expect(ccs.marginUsed).toBeCloseTo(ccs.recommendedContracts! * ccs.marginPerContract!, 6);
    // the portfolio's margin is the time-aware need of all strategies together, never above the plain sum
    const sum = classic.strategies.reduce((s, e) => s + (e.peakMarginNeed ?? 0), 0);
    expect(classic.portfolio.totalMargin!).toBeLessThanOrEqual(sum + 1e-6);
    expect(classic.portfolio.totalMargin).toBe(classic.portfolio.peakMarginNeed);
  });

  it('by default half Kelly is half the growth-optimal fraction (SPEC §3), not of p − q/b', () => {
    const ccs = report.strategies.find((s) => s.name === '0DTE CCS - EMA Entry')!;
    expect(ccs.kellyOf).toBe('growth-optimal');
    expect(ccs.baseKelly).toBe(ccs.growthOptimal);
    // the figure: growth-optimal 5.49% on the EMA CCS (avg-loss risk unit)
    expect(ccs.growthOptimal!).toBeCloseTo(0.0549, 4);
    expect(ccs.applied.value).toBeCloseTo(ccs.growthOptimal! / 2, 12);
    expect(ccs.ofGrowthOptimal).toBeCloseTo(0.5, 12);
  });

  it('reports margin history, optimal f, ruin and the growth curve', () => {
    const p = report.portfolio;
    expect(p.historicalMargin!.max).toBeGreaterThan(p.historicalMargin!.average);
    expect(p.historicalMargin!.series[0].date).toBe('2025-01-02');
    expect(p.optimalF!.f).toBeGreaterThan(0);
    expect(p.growthOptimal!).toBeGreaterThan(0);
    expect(p.growthCurve!.points).toHaveLength(41);
    expect(p.growthCurve!.points[40].fraction).toBeCloseTo(2 * p.growthOptimal!, 12);
    expect(p.growthCurve!.chosen.fraction).toBe(p.applied.value);
    expect(p.ruin!.thorpHalving!).toBeGreaterThan(0);
    expect(p.ruin!.thorpHalving!).toBeLessThan(1);
  });

  it('warns when the sized margin (at the busiest moment) exceeds the historical peak', () => {
    const lifted = analyzeSizing(trades, { capital: 100_000, fraction: 0.5, kellyOf: 'classic', marginCeiling: null, lossShare: null, totalFraction: null });
    const ccs = lifted.strategies.find((s) => s.name === '0DTE CCS - EMA Entry')!;
    expect(ccs.sizedMarginUtilisation!).toBeGreaterThan(ccs.historicalMargin!.max);
    expect(ccs.warnings).toContain(
      `The sizing uses ${(ccs.sizedMarginUtilisation! * 100).toFixed(2)}% of capital as margin, above the historical peak margin utilisation of ${(ccs.historicalMargin!.max * 100).toFixed(2)}%.`,
    );
    // a 10% ceiling binds and is named; the need stays within it
    const low = analyzeSizing(trades, { capital: 100_000, fraction: 0.5, marginCeiling: 0.1 });
    expect(low.portfolio.peakMarginNeed!).toBeLessThanOrEqual(10_000);
    expect(low.strategies.some((s) => s.binding.includes('margin-ceiling'))).toBe(true);
  });

  it("more fraction never means fewer of Kelly's contracts", () => {
    const counts = [0.1, 0.25, 0.5, 1, 2].map((fraction) => analyzeSizing(trades, { capital: 100_000, fraction, cap: 1 }).strategies[0].kellyContracts!);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]);
  });
});
