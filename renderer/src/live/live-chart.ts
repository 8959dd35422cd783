/**
 * The cumulative live vs backtest P/L per contract of one strategy (core/live's `cumulative`:
 * running sums over its matched closed pairs, in live open order), as an ECharts option.
 */
import type { CumulativePoint } from '../../../core/live';
import { compactMoney, type ChartOption } from '../components/chart-options';
import { formatMoneyTooltip } from '../../../core/format/number';

const LIVE_COLOR = '#dc2626';
const BACKTEST_COLOR = '#2563eb';

export function cumulativeChartOption(points: CumulativePoint[]): ChartOption {
  const labels = points.map((p) => p.opened.replace('T', ' ').slice(0, 16));
  return {
    animation: false,
    grid: { left: 16, right: 32, top: 36, bottom: 48, containLabel: true },
    legend: { top: 4, data: ['Live', 'Backtest'] },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value: number) => formatMoneyTooltip(value),
    },
    xAxis: { type: 'category', data: labels, boundaryGap: false, axisLabel: { color: '#475569', formatter: (value: string) => value.slice(0, 10) } },
    yAxis: { type: 'value', scale: true, name: 'Σ P/L per contract', nameTextStyle: { color: '#475569', align: 'left' }, axisLabel: { color: '#475569', formatter: compactMoney } },
    dataZoom: [{ type: 'inside', throttle: 50 }, { type: 'slider', height: 18, bottom: 6 }],
    series: [
      { name: 'Live', type: 'line', showSymbol: false, data: points.map((p) => p.live), lineStyle: { color: LIVE_COLOR, width: 2 }, itemStyle: { color: LIVE_COLOR } },
      { name: 'Backtest', type: 'line', showSymbol: false, data: points.map((p) => p.backtest), lineStyle: { color: BACKTEST_COLOR, width: 2 }, itemStyle: { color: BACKTEST_COLOR } },
    ],
  };
}
