/**
 * The Sizing charts' options: the margin chart carries the Kelly-implied utilisation and the
 * ceiling as horizontal lines inside the y range; the growth chart marks the chosen fraction
 * and full Kelly and spans 0 → 2× Kelly.
 */
import { describe, expect, it } from 'vitest';
import type { GrowthCurve, MarginUtilisation } from '../../../core/sizing';
import { growthChartOption, marginChartOption } from '../../../renderer/src/sizing/sizing-charts';

const history: MarginUtilisation = {
  series: [
    { date: '2025-01-02', margin: 10000, equity: 100000, utilisation: 0.1 },
    { date: '2025-01-03', margin: 0, equity: 0, utilisation: null },
    { date: '2025-01-06', margin: 30000, equity: 100000, utilisation: 0.3 },
  ],
  max: 0.3,
  average: 0.2,
};

type Series = { name: string; data: unknown[]; markLine?: { data: { name: string; yAxis: number }[] } };

describe('marginChartOption', () => {
  it('draws the Kelly line and the ceiling, with the y axis reaching above both', () => {
    const option = marginChartOption({ series: [{ name: 'Portfolio', utilisation: history, emphasis: true }], kellyUtilisation: 0.75, ceiling: 0.5 });
    const [series] = option.series as Series[];
    expect(series.data).toEqual([0.1, null, 0.3]);
    expect(series.markLine?.data.map((line) => [line.name, line.yAxis])).toEqual([
      ['Kelly sizing', 0.75],
      ['Ceiling', 0.5],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2025-01-02', '2025-01-03', '2025-01-06']);
    expect((option.yAxis as { max: number }).max).toBe(0.85);
  });

  it('has no lines without margin sizing or a ceiling', () => {
    const option = marginChartOption({ series: [{ name: 'A', utilisation: history, emphasis: false }], kellyUtilisation: null, ceiling: null });
    expect((option.series as Series[])[0].markLine).toBeUndefined();
    expect((option.yAxis as { max: number }).max).toBe(0.35);
  });
});

describe('growthChartOption', () => {
  const point = (fraction: number, growth: number) => ({ fraction, growth, thorpHalving: 0.1, lundbergExponent: 2, lundbergHalving: 0.25 });
  const curve: GrowthCurve = { fullKelly: 0.1, points: [point(0, 0), point(0.1, 0.01), point(0.2, 0)], chosen: point(0.05, 0.007) };

  it('plots growth and ruin against the fraction and marks the chosen fraction and full Kelly', () => {
    const option = growthChartOption(curve);
    const series = option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['Expected log growth', 'Thorp P(halving)', 'Lundberg bound', 'Chosen', 'Full Kelly']);
    expect(series[0].data).toEqual([
      [0, 0],
      [0.1, 0.01],
      [0.2, 0],
    ]);
    expect(series[3].data).toEqual([
      [0.05, 0],
      [0.05, 1],
    ]);
    expect(series[4].data).toEqual([
      [0.1, 0],
      [0.1, 1],
    ]);
    expect((option.xAxis as { max: number }).max).toBe(0.2);
  });

  it('widens the axis when the chosen fraction is beyond 2× Kelly', () => {
    const option = growthChartOption({ ...curve, chosen: point(0.3, -0.01) });
    expect((option.xAxis as { max: number }).max).toBe(0.3);
  });
});
