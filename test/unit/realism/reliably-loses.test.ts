// Issue 15: a Sharpe whose whole 95% interval lies below 0 is a losing edge, not luck — the
// verdict says the strategy reliably loses; an interval that straddles 0 stays "not significant".
// Series: 1,000 daily returns, mean −0.2%, alternating ±1%·(1 + (i mod 7)/10). numpy (mean /
// sd ddof=1 · √252): annualized Sharpe −2.41682458 with a standard error ≈ √(252/999) = 0.502, so
// the 95% interval ends near −2.42 + 1.96·0.50 ≈ −1.43 (skew/kurtosis near normal); a mean of
// −0.02% gives −0.24494 ± ≈ 0.98, which straddles 0.
import { describe, expect, it } from 'vitest';
import { assessRealism } from '../../../core/realism';

function series(n: number, mean: number, swing: number): number[] {
  return Array.from({ length: n }, (_, i) => mean + (i % 2 === 0 ? swing : -swing) * (1 + (i % 7) / 10));
}

describe('a reliably losing strategy', () => {
  it('says so when the whole interval is below 0', () => {
    const report = assessRealism(series(1000, -0.002, 0.01));
    expect(report.sharpeAnnualized!).toBeCloseTo(-2.4168245787717635, 9);
    expect(report.sharpeInterval!.high).toBeLessThan(-1.2);
    expect(report.level).toBe('reliably-loses');
    expect(report.verdict).toMatch(/^Reliably loses: the Sharpe \(annualized Sharpe -2\.4\) is below 0 with 95% confidence \(interval -3\.\d\d to -1\.\d\d\); this is a losing edge, not bad luck — do not size on it\.$/);
    expect(report.verdict).not.toContain('luck;');
  });

  it('keeps "not significant" when the interval straddles 0', () => {
    const report = assessRealism(series(1000, -0.0002, 0.01));
    expect(report.sharpeAnnualized!).toBeCloseTo(-0.24494028431885187, 9);
    expect(report.sharpeInterval!.low).toBeLessThan(0);
    expect(report.sharpeInterval!.high).toBeGreaterThan(0);
    expect(report.level).toBe('not-significant');
  });
});
