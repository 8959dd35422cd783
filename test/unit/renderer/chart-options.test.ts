// Chart options built from an equity curve: equity values, drawdown drawn below zero,
// tooltips with formatted dates and money.
import { describe, expect, it } from 'vitest';
import type { EquityPoint } from '../../../core/stats/types';
import { drawdownChartOption, equityChartOption } from '../../../renderer/src/components/chart-options';

const curve: EquityPoint[] = [
  { date: '2025-01-02', equity: 100756, drawdown: 0 },
  { date: '2025-01-03', equity: 99346, drawdown: 0.013994 },
  { date: '2025-01-06', equity: 101000, drawdown: 0 },
];

type Series = { data: number[] };
type Tooltip = { formatter: (params: { axisValue: string; value: number }[]) => string };

describe('equityChartOption', () => {
  const option = equityChartOption(curve, 100000);
  it('plots equity by date', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2025-01-02', '2025-01-03', '2025-01-06']);
    expect((option.series as Series[])[0].data).toEqual([100756, 99346, 101000]);
  });
  it('formats the tooltip with a readable date and money', () => {
    expect((option.tooltip as Tooltip).formatter([{ axisValue: '2025-01-03', value: 99346 }])).toBe('<strong>Jan 3, 2025</strong><br/>Equity: <strong>$99,346.00</strong>');
  });
});

describe('drawdownChartOption', () => {
  const option = drawdownChartOption(curve);
  it('draws drawdowns as negative fractions capped at zero', () => {
    expect((option.series as Series[])[0].data).toEqual([0, -0.013994, 0]);
    expect((option.yAxis as { max: number }).max).toBe(0);
  });
  it('states the drawdown as a positive percentage below the peak in the tooltip', () => {
    expect((option.tooltip as Tooltip).formatter([{ axisValue: '2025-01-03', value: -0.013994 }])).toBe('<strong>Jan 3, 2025</strong><br/>Drawdown: <strong>1.40%</strong> below the peak');
  });
});
