/**
 * The cumulative realized P/L of each group (net of fees) by settlement date, as one
 * ECharts option: one line per group on a shared date axis; the legend scrolls when there
 * are many groups.
 */
import type { BetsGroup } from '../../../core/bets';
import { formatText } from '../../../core/format/number';
import { compactMoney, type ChartOption } from '../components/chart-options';

export function groupPlChartOption(groups: BetsGroup[]): ChartOption {
  return {
    animation: false,
    grid: { left: 16, right: 32, top: 40, bottom: 48, containLabel: true },
    legend: { type: 'scroll', top: 4 },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (value: number) => formatText(value, 'money') },
    xAxis: { type: 'time', axisLabel: { color: '#475569', hideOverlap: true } },
    yAxis: { type: 'value', scale: true, name: 'Σ P/L', nameTextStyle: { color: '#475569', align: 'left' }, axisLabel: { color: '#475569', formatter: compactMoney } },
    dataZoom: [{ type: 'inside', throttle: 50 }, { type: 'slider', height: 18, bottom: 6 }],
    series: groups.map((g) => ({
      name: g.name,
      type: 'line',
      showSymbol: false,
      step: 'end',
      data: g.metrics.curve.map((p) => [p.date, p.cumulative]),
    })),
  };
}
