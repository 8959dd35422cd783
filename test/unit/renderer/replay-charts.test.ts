// Replay chart options: one line per scenario in its colour; on a log axis a ruined
// scenario's non-positive equity has no point; drawdowns plot below zero.
import { describe, expect, it } from 'vitest';
import { drawdownOverlayOption, endingBalanceOption, equityOverlayOption } from '../../../renderer/src/replay/replay-charts';
import { SCENARIO_COLORS } from '../../../renderer/src/replay/scenario-model';

const dates = ['2025-01-02', '2025-01-03', '2025-01-06'];
const series = [
  { name: 'As logged', colorIndex: 0, values: Float64Array.from([100_000, 101_000, 102_500]) },
  { name: 'Optimal f', colorIndex: 1, values: Float64Array.from([100_000, 20_000, 0]) },
];
type Line = { name: string; data: (number | null)[] };

describe('replay charts', () => {
  it('draws each scenario on a linear axis as is', () => {
    const option = equityOverlayOption(dates, series, false);
    expect((option.series as Line[]).map((s) => [s.name, s.data])).toEqual([
      ['As logged', [100_000, 101_000, 102_500]],
      ['Optimal f', [100_000, 20_000, 0]],
    ]);
    expect(option.color).toEqual([SCENARIO_COLORS[0], SCENARIO_COLORS[1]]);
    expect((option.yAxis as { type: string }).type).toBe('value');
  });

  it('drops non-positive equity on a log axis', () => {
    const option = equityOverlayOption(dates, series, true);
    expect((option.series as Line[])[1].data).toEqual([100_000, 20_000, null]);
    expect((option.yAxis as { type: string }).type).toBe('log');
  });

  it('plots drawdowns below zero', () => {
    const option = drawdownOverlayOption(dates, [{ name: 'A', colorIndex: 0, values: Float64Array.from([0, 0.25, 0.1]) }]);
    expect((option.series as Line[])[0].data).toEqual([0, -0.25, -0.1]);
  });

  it('colours each ending-balance bar like its curve', () => {
    const option = endingBalanceOption([
      { name: 'As logged', colorIndex: 0, finalEquity: 119_735, startingCapital: 100_000 },
      { name: '1 contract', colorIndex: 2, finalEquity: 106_331, startingCapital: 100_000 },
    ]);
    const [bars] = option.series as { data: { value: number; itemStyle: { color: string } }[] }[];
    expect(bars.data).toEqual([
      { value: 119_735, itemStyle: { color: SCENARIO_COLORS[0] } },
      { value: 106_331, itemStyle: { color: SCENARIO_COLORS[2] } },
    ]);
  });
});
