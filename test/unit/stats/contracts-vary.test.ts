// Contract counts varying more than 2× (a compounding backtest) flag raw-P/L Kelly as not meaningful.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

// Per contract every win is +100 and every loss −100 with p = 0.5 → per-contract Kelly 0.
// In raw P/L the late 3-lot trades dominate: wins 100, 300 (avg 200), losses 100, 100 → 0.5 − 0.5/2 = 0.25.
const trades = [
  makeTrade({ dateOpened: '2024-08-05', pl: 100, contracts: 1, marginReq: 1000, fundsAtClose: 10100 }),
  makeTrade({ dateOpened: '2024-08-06', pl: -100, contracts: 1, marginReq: 1000, fundsAtClose: 10000 }),
  makeTrade({ dateOpened: '2024-08-07', pl: 300, contracts: 3, marginReq: 3000, fundsAtClose: 10300 }),
  makeTrade({ dateOpened: '2024-08-08', pl: -100, contracts: 1, marginReq: 1000, fundsAtClose: 10200 }),
];

describe('contracts vary', () => {
  const report = computeStats(trades);
  it('computes Kelly on all three bases', () => {
    const p = report.portfolio;
    expect(p.kelly).toBeCloseTo(0.25, 12);
    expect(p.kellyPerContract).toBe(0);
    expect(p.kellyMargin).toBe(0); // RoM ±0.1
    expect(p.contractsVary).toBe(true);
  });
  it('warns that raw-P/L Kelly is not meaningful', () => {
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/"S".*1 to 3.*raw P\/L is not meaningful.*per-contract or margin/);
  });
  it('does not flag a 2× spread', () => {
    const twice = trades.map((t) => (t.contracts === 3 ? { ...t, contracts: 2 } : t));
    expect(computeStats(twice).portfolio.contractsVary).toBe(false);
  });
});
