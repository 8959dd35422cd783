// assessRealism on ordinary series: verdict levels, trials and degenerate input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRealism } from '../../../core/realism';
import { allFinite } from '../sizing/finite';

/** A deterministic daily series of n returns: mean `mean`, alternating ±`swing`. */
function series(n: number, mean: number, swing: number): number[] {
  return Array.from({ length: n }, (_, i) => mean + (i % 2 === 0 ? swing : -swing) * (1 + (i % 7) / 10));
}

describe('assessRealism', () => {
  it('a year of modest, significant returns is supported', () => {
    const report = assessRealism(series(500, 0.001, 0.01));
    expect(report.level).toBe('supported');
    expect(report.psr!).toBeGreaterThan(0.95);
    expect(report.minTrackRecord!).toBeLessThan(500);
    expect(report.warnings).toEqual([]);
  });

  it('many trials turn the same series into an overfitting warning', () => {
    const report = assessRealism(series(500, 0.001, 0.01), { trials: 1000 });
    expect(report.level).toBe('overfit-risk');
    expect(report.sr0!).toBeGreaterThan(0);
    expect(report.dsr!).toBeLessThan(report.psr!);
    expect(report.warnings.some((w) => w.startsWith('DSR '))).toBe(true);
  });

  it('a weak edge is not significant', () => {
    const report = assessRealism(series(100, 0.0002, 0.01));
    expect(report.level).toBe('not-significant');
    expect(report.warnings.some((w) => w.startsWith('PSR '))).toBe(true);
  });

  it('cannot judge constant or too short series', () => {
    expect(assessRealism([0.01, 0.01, 0.01]).level).toBe('cannot-judge');
    expect(assessRealism([0.01]).warnings).toEqual(['Only 1 return: a Sharpe ratio needs at least two.']);
    expect(assessRealism([]).sharpe).toBeNull();
  });

  it('never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -0.99, max: 10, noNaN: true }), { maxLength: 80 }), fc.integer({ min: 1, max: 10_000 }), (returns, trials) => {
        expect(allFinite(assessRealism(returns, { trials }))).toBe(true);
      }),
    );
  });
});
