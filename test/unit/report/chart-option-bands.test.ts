// The print chart option of a fan chart: each band becomes an invisible lower edge plus its
// height stacked on it with a translucent fill; lines keep palette colours in order; only
// the named series appear in the legend.
import { describe, expect, it } from 'vitest';
import type { ReportChart } from '../../../core/report';
import { chartOption } from '../../../renderer/src/report/chart-option';

const fan: ReportChart = {
  id: 'fan',
  title: 'Fan',
  xAxis: 'value',
  yFormat: 'money',
  series: [
    { name: 'P5–P95', type: 'band', points: [[0, 100, 100], [10, 90, 130]] },
    { name: 'P25–P75', type: 'band', points: [[0, 100, 100], [10, 95, 115]] },
    { name: 'Median', type: 'line', points: [[0, 100], [10, 104]] },
  ],
};

type SeriesOption = { name: string; type: string; stack?: string; data: number[][]; color: string; areaStyle?: { color: string } };

describe('chartOption with bands', () => {
  const option = chartOption(fan) as { series: SeriesOption[]; legend: { data: unknown[] }; xAxis: { type: string; max?: string }; animation: boolean };

  it('draws each band as a lower edge and a stacked height', () => {
    const [outerLow, outer, innerLow, inner, median] = option.series;
    expect(option.series).toHaveLength(5);
    expect([outerLow.stack, outer.stack, innerLow.stack, inner.stack]).toEqual(['band-0', 'band-0', 'band-1', 'band-1']);
    expect(outerLow.data).toEqual([[0, 100], [10, 90]]);
    expect(outer.data).toEqual([[0, 0], [10, 40]]);
    expect(inner.data).toEqual([[0, 0], [10, 20]]);
    expect(outerLow.areaStyle).toBeUndefined();
    expect(outer.areaStyle!.color).not.toBe(inner.areaStyle!.color);
    expect(median).toMatchObject({ name: 'Median', type: 'line', color: '#1f4e79', data: [[0, 100], [10, 104]] });
    expect(median.stack).toBeUndefined();
  });

  it('lists the bands (as squares) and lines in the legend, not the lower edges; no animation; the x axis ends at the data', () => {
    expect(option.legend.data).toEqual([{ name: 'P5–P95', icon: 'roundRect' }, { name: 'P25–P75', icon: 'roundRect' }, { name: 'Median' }]);
    expect(option.animation).toBe(false);
    expect(option.xAxis).toMatchObject({ type: 'value', max: 'dataMax' });
  });

  it('colours plain curves in palette order and adverse ones in the warning colour', () => {
    const lines = chartOption({ ...fan, xAxis: 'date', series: [{ name: 'A', type: 'line', points: [] }, { name: 'B', type: 'area', tone: 'adverse', points: [] }, { name: 'C', type: 'line', points: [] }] }) as { series: SeriesOption[] };
    expect(lines.series.map((s) => s.color)).toEqual(['#1f4e79', '#b03a2e', '#2e7d32']);
  });
});
