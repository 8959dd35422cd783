// Issue 18 §1 on the bundled EMA sample at $100,000, half Kelly: the issue found "0DTE CCS"
// at 25 contracts needing $368,371 of margin. By default the recommendation now needs at most
// the margin ceiling (100% of capital) at the busiest moment, all strategies together
// (time-aware, core/margin), and says which cap bound. Expected values are the rule's own
// invariants (the hand-computed rule is in placeable-rule.test.ts): need ≤ ceiling × capital,
// placeable ≤ Kelly, and the CCS's own need = its contracts × its largest margin per contract
// open at one moment: its 205 trades never overlap one another, so that is its largest
// Margin Req. ÷ contracts in the CSV, 14,925 (computed with python's csv module).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { analyzeSizing, type SizingReport } from '../../../core/sizing';
import { fixtureTrades } from '../support/fixtures';

const CCS = '0DTE CCS - EMA Entry';
let trades: Trade[];
let report: SizingReport;
beforeAll(async () => {
  trades = await fixtureTrades('ema-tradelog.csv');
  report = analyzeSizing(trades, { capital: 100_000, fraction: 0.5 });
});

describe('EMA sample, default placeable sizing', () => {
  it('needs no more margin than the ceiling at the busiest moment', () => {
    expect(report.limits).toEqual({ capital: 100_000, marginCeiling: 1, marginMultiplier: 1, lossShare: 0.2, totalFraction: 1 });
    expect(report.marginLevel).toBe('time');
    expect(report.portfolio.peakMarginNeed!).toBeGreaterThan(0);
    expect(report.portfolio.peakMarginNeed!).toBeLessThanOrEqual(100_000);
    expect(report.portfolio.totalMargin).toBe(report.portfolio.peakMarginNeed);
    for (const s of report.strategies) {
      expect(s.placeableContracts!).toBeLessThanOrEqual(s.kellyContracts!);
      expect(s.peakMarginNeed!).toBeLessThanOrEqual(100_000);
    }
  });

  it('the CCS: Kelly says more than is placeable, and the page says why', () => {
    const ccs = report.strategies.find((s) => s.name === CCS)!;
    expect(ccs.placeableContracts!).toBeLessThan(ccs.kellyContracts!);
    expect(ccs.binding.length).toBeGreaterThan(0);
    expect(ccs.bindingConstraint).toMatch(/^Limited by the /);
    expect(ccs.peakMarginNeed).toBeCloseTo(ccs.placeableContracts! * 14_925, 6);
  });

  it('classic p − q/b with the caps lifted reproduces the issue: 25 contracts, more margin than capital', () => {
    const lifted = analyzeSizing(trades, { capital: 100_000, fraction: 0.5, kellyOf: 'classic', marginCeiling: null, lossShare: null, totalFraction: null });
    const ccs = lifted.strategies.find((s) => s.name === CCS)!;
    expect(ccs.recommendedContracts).toBe(25);
    expect(ccs.peakMarginNeed!).toBeGreaterThan(100_000);
  });

  it('the basis reason says raw P/L and per-contract P/L agree only when their Kelly figures do (within 10%)', () => {
    for (const e of [report.portfolio, ...report.strategies]) {
      const gap = Math.abs(e.kelly! - e.kellyPerContract!) / Math.max(Math.abs(e.kelly!), Math.abs(e.kellyPerContract!));
      expect(e.basisReason.includes('agree')).toBe(gap <= 0.1);
    }
  });
});
