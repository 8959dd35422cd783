// The "598% in 10 days, Sharpe 30" claim: the sample cannot support it and must say so.
import { describe, expect, it } from 'vitest';
import { assessRealism } from '../../../core/realism';

// Ten daily returns compounding to +598% with an annualized Sharpe of 30.0.
const CLAIM_598 = [0.0191, 0.0859, 0.1394, 0.1795, 0.2196, 0.2329, 0.273, 0.3131, 0.3532, 0.38];

describe('a 10-day 598% / Sharpe 30 series', () => {
  const report = assessRealism(CLAIM_598);

  it('reproduces the headline numbers', () => {
    expect(report.n).toBe(10);
    expect(report.totalReturn).toBeCloseTo(5.9806, 4);
    expect(report.sharpeAnnualized).toBeCloseTo(30.0034, 4);
    expect(report.sharpe).toBeCloseTo(30.0034 / Math.sqrt(252), 4);
  });

  it('gives the verdict that the sample cannot support the claim', () => {
    expect(report.level).toBe('insufficient');
    expect(report.verdict).toBe('The sample cannot support this claim: 10 returns (annualized Sharpe 30.0) are far too few to tell skill from luck.');
    expect(report.warnings[0]).toMatch(/^Only 10 returns \(compounded \+598\.1%\): far too few to estimate a Sharpe ratio of 30\.0; its 95% interval runs from /);
    expect(report.warnings[1]).toContain('An annualized Sharpe of 30.0 is implausible for a repeatable strategy');
  });

  it('still reports PSR, DSR and MinTRL next to the warning', () => {
    expect(report.psr).toBeGreaterThan(0.99);
    expect(report.dsr).toBe(report.psr);
    expect(report.minTrackRecord).toBeGreaterThan(1);
    expect(report.sharpeInterval!.high - report.sharpeInterval!.low).toBeGreaterThan(20);
  });
});
