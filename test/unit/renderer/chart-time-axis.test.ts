// The Overview's Equity and Drawdown charts share one time axis (issue 15): the same dates and the
// same fixed grid margins, even when the drawdown comes from a daily log with other dates and the
// equity labels are much wider than the drawdown's.
import { describe, expect, it } from 'vitest';
import type { EquityPoint } from '../../../core/stats/types';
import { drawdownChartOption, equityChartOption, sharedTimeAxis } from '../../../renderer/src/components/chart-options';

const closed: EquityPoint[] = [
  { date: '2025-01-03', equity: 98_500_000, drawdown: 0 },
  { date: '2025-01-06', equity: 97_000_000, drawdown: 0.0152 },
];
const marked: EquityPoint[] = [
  { date: '2025-01-02', equity: 99_000_000, drawdown: 0 },
  { date: '2025-01-03', equity: 98_000_000, drawdown: 0.0101 },
  { date: '2025-01-07', equity: 99_500_000, drawdown: 0 },
];

describe('one time axis for the equity and drawdown charts', () => {
  const dates = sharedTimeAxis(closed, marked);
  const equity = equityChartOption(closed, 100_000_000, null, dates);
  const drawdown = drawdownChartOption(marked, null, dates);
  it('uses the union of both curves\' dates, in order, on both charts', () => {
    expect(dates).toEqual(['2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07']);
    expect((equity.xAxis as { data: string[] }).data).toEqual(dates);
    expect((drawdown.xAxis as { data: string[] }).data).toEqual(dates);
  });
  it('leaves a gap where a curve has no point', () => {
    expect((equity.series as { data: (number | null)[] }[])[0].data).toEqual([null, 98_500_000, 97_000_000, null]);
    expect((drawdown.series as { data: (number | null)[] }[])[0].data).toEqual([0, -0.0101, null, 0]);
  });
  it('has the same fixed plot margins, labels not widening one of them', () => {
    expect(equity.grid).toEqual(drawdown.grid);
    expect(equity.grid).toMatchObject({ containLabel: false });
  });
});
