/**
 * The Sizing charts' options: the margin chart carries the Kelly-implied utilisation and the
 * ceiling as horizontal lines inside the y range; the growth chart marks the chosen fraction,
 * the growth-optimal fraction (Thorp's f*) and the basis Kelly, and spans 0 → 2× growth-optimal.
 */
import { describe, expect, it } from 'vitest';
import type { GrowthCurve, MarginUtilisation } from '../../../core/sizing';
import { growthChartNote, growthChartOption, marginChartOption } from '../../../renderer/src/sizing/sizing-charts';

const history: MarginUtilisation = {
  series: [
    { date: '2025-01-02', time: '', margin: 10000, equity: 100000, utilisation: 0.1 },
    { date: '2025-01-03', time: '', margin: 0, equity: 0, utilisation: null },
    { date: '2025-01-06', time: '', margin: 30000, equity: 100000, utilisation: 0.3 },
  ],
  max: 0.3,
  maxAt: { date: '2025-01-06', time: '' },
  average: 0.2,
  convention: '',
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
  const curve: GrowthCurve = { growthOptimal: 0.1, points: [point(0, 0), point(0.1, 0.01), point(0.2, 0)], chosen: point(0.05, 0.007) };
  const kellyPl = { label: 'Kelly (P/L)', value: 0.16 };
  type Marker = Series & { endLabel: { formatter: string; align: string } };

  it('plots growth and ruin against the fraction and marks the chosen, growth-optimal and basis Kelly fractions', () => {
    const option = growthChartOption(curve, kellyPl);
    const series = option.series as Marker[];
    expect(series.map((s) => s.name)).toEqual(['Expected log growth', 'Thorp P(halving)', 'Lundberg bound', 'Chosen', 'Growth-optimal', 'Kelly (P/L)']);
    expect(series[0].data).toEqual([
      [0, 0],
      [0.1, 0.01],
      [0.2, 0],
    ]);
    expect(series.slice(3).map((s) => [s.data, s.endLabel.formatter, s.endLabel.align])).toEqual([
      [[[0.05, 0], [0.05, 1]], 'Chosen 5.00%', 'right'],
      [[[0.1, 0], [0.1, 1]], 'Growth-optimal 10.00%', 'left'],
      // Labelled at its bottom end, pointing back into the plot.
      [[[0.16, 1], [0.16, 0]], 'Kelly (P/L) 16.00%', 'right'],
    ]);
    expect((option.xAxis as { max: number }).max).toBe(0.2);
  });

  it('leaves out the basis Kelly when it is undefined, not positive or beyond the x range', () => {
    for (const value of [null, -0.02, 0.25]) {
      const names = (growthChartOption(curve, { label: 'Kelly / contract', value }).series as Series[]).map((s) => s.name);
      expect(names).toEqual(['Expected log growth', 'Thorp P(halving)', 'Lundberg bound', 'Chosen', 'Growth-optimal']);
    }
  });

  it('widens the axis when the chosen fraction is beyond 2× the growth-optimal fraction', () => {
    const option = growthChartOption({ ...curve, chosen: point(0.3, -0.01) }, kellyPl);
    expect((option.xAxis as { max: number }).max).toBe(0.3);
    expect((option.series as Marker[]).slice(3).map((s) => s.endLabel.align)).toEqual(['left', 'right', 'right']);
  });

  it("states Thorp's c = f ÷ growth-optimal in the axis tooltip", () => {
    const tooltip = growthChartOption(curve, kellyPl).tooltip as { formatter(params: unknown[]): string };
    const text = tooltip.formatter([
      { seriesName: 'Expected log growth', value: [0.05, 0.007], marker: '' },
      { seriesName: 'Chosen', value: [0.05, 1], marker: '' },
    ]);
    expect(text).toBe('Fraction <strong>5.00%</strong><br/>Expected log growth: <strong>0.70%</strong><br/>Thorp c = f ÷ growth-optimal 10.00%: <strong>0.50</strong>');
  });
});

describe('growthChartNote', () => {
  const point = (fraction: number) => ({ fraction, growth: 0, thorpHalving: null, lundbergExponent: null, lundbergHalving: null });
  const curve: GrowthCurve = { growthOptimal: 0.0313, points: [], chosen: point(0.0261) };

  it('names the f* of Thorp and tells it apart from the basis Kelly', () => {
    expect(growthChartNote(curve, { label: 'Kelly (P/L)', value: 0.0522 })).toBe(
      'Here f* = the growth-optimal 3.13% (the Growth-optimal marker). Kelly (P/L) 5.22% is the discrete Kelly p − q/b of the basis, which the applied fraction starts from; Thorp does not use it. At the chosen 2.61%: c = 2.61% ÷ 3.13% = 0.83.',
    );
    expect(growthChartNote(curve, { label: 'Kelly (margin)', value: null })).toContain('Kelly (margin) is undefined for this sample.');
  });
});
