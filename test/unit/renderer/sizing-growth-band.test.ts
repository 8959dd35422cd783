// The growth chart shades the Kelly band when the Sizing page has it: P5–P95 and P25–P75 as
// x ranges (markArea) of one extra series, and nothing extra without a band.
import { describe, expect, it } from 'vitest';
import type { GrowthCurve } from '../../../core/sizing';
import { growthChartOption } from '../../../renderer/src/sizing/sizing-charts';

const point = (fraction: number, growth: number) => ({ fraction, growth, thorpHalving: 0.1, lundbergExponent: 2, lundbergHalving: 0.25 });
const curve: GrowthCurve = { growthOptimal: 0.1, points: [point(0, 0), point(0.1, 0.01), point(0.2, 0)], chosen: point(0.05, 0.007) };
const kelly = { label: 'Kelly (P/L)', value: 0.16 };
type Series = { name: string; markArea?: { data: { xAxis: number }[][] } };

describe('growth chart with the Kelly band', () => {
  it('shades P5–P95 and P25–P75', () => {
    const series = growthChartOption(curve, kelly, { p5: 0.02, p25: 0.06, p75: 0.13, p95: 0.18 }).series as Series[];
    const band = series.find((s) => s.name === 'Kelly band');
    expect(band?.markArea?.data.map(([from, to]) => [from.xAxis, to.xAxis])).toEqual([
      [0.02, 0.18],
      [0.06, 0.13],
    ]);
  });

  it('adds nothing without a band', () => {
    expect((growthChartOption(curve, kelly).series as Series[]).some((s) => s.name === 'Kelly band')).toBe(false);
  });
});
