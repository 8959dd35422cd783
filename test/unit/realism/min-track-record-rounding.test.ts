// One rounding rule for the minimum track record (issue 15: 511 in a warning vs 512 in the report
// table): every view shows minTrackRecordPeriods, the length rounded UP to whole periods.
// SPEC-metrics §4 vector: SR 0.1, skew −1, kurtosis 6, SR* 0, α 0.05 → 301.99 periods → 302.
import { describe, expect, it } from 'vitest';
import { assessRealism, minTrackRecordLength, minTrackRecordPeriods } from '../../../core/realism';
import { realismSection } from '../../../core/report/sections/realism';

/** A deterministic daily series of n returns: mean `mean`, alternating ±`swing`. */
function series(n: number, mean: number, swing: number): number[] {
  return Array.from({ length: n }, (_, i) => mean + (i % 2 === 0 ? swing : -swing) * (1 + (i % 7) / 10));
}

describe('minimum track record rounding', () => {
  it('rounds the SPEC vector up: 301.99 periods are 302', () => {
    expect(minTrackRecordPeriods(minTrackRecordLength(0.1, -1, 6)!)).toBe(302);
    expect(minTrackRecordPeriods(511.4536344)).toBe(512);
    expect(minTrackRecordPeriods(512)).toBe(512);
  });

  it('the warning, the report table and the panel figure show the same whole number of business days', () => {
    const report = assessRealism(series(120, 0.0006, 0.01), { periodName: 'business day' });
    const length = report.minTrackRecord!;
    expect(length).toBeGreaterThan(120);
    expect(Number.isInteger(length)).toBe(false);
    expect(report.minTrackRecordPeriods).toBe(Math.floor(length) + 1);
    const warning = report.warnings.find((w) => w.startsWith('The track record'))!;
    expect(warning).toBe(`The track record (120 business days) is shorter than the ${report.minTrackRecordPeriods!.toLocaleString('en-US')} business days needed for 95% confidence.`);
    const table = realismSection.build({ realism: report } as never).tables[0];
    const row = table.rows.find((r) => String(r[0]).startsWith('Minimum track record'))!;
    expect(row[0]).toBe('Minimum track record (business days)');
    expect(row[1]).toEqual({ value: report.minTrackRecordPeriods, format: 'integer' });
  });
});
