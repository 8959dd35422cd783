/**
 * ECharts options of the Allocate page: the efficient frontier (annualized volatility vs
 * expected return) with each method's point, and the walk-forward's concatenated out-of-sample
 * equity of every evaluated method against equal weight. Pure functions of the report.
 */
import { ScatterChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import type { AllocationMethod, AllocationReport } from '../../../core/allocate';
import { ALLOCATION_METHOD_LABELS } from '../../../core/allocate/types';
import { formatDate, formatDigits } from '../../../core/format/number';
import type { ChartOption } from '../components/chart-options';
import { echarts } from '../components/echarts-setup';

echarts.use([ScatterChart, LegendComponent]);

const AXIS = { color: '#475569' };
const GRID_LINE = '#e2e8f0';
/** One colour per method, fixed so a method looks the same in both charts. */
export const METHOD_COLORS: Record<AllocationMethod, string> = {
  equal: '#64748b',
  'inverse-vol': '#0891b2',
  'risk-parity': '#2563eb',
  'min-variance': '#16a34a',
  'max-sharpe': '#ca8a04',
  kelly: '#dc2626',
  'kelly-gaussian': '#9333ea',
  'kelly-margin': '#db2777',
};

const percent = (value: number) => `${formatDigits(value, 'percent', 1)}`;

export function frontierChartOption(report: AllocationReport): ChartOption {
  const frontier = report.frontier.map((p) => [p.volatility, p.expectedReturn]);
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 56, bottom: 36, containLabel: true },
    legend: { top: 0, type: 'scroll', data: ['Efficient frontier', ...report.methodPoints.map((p) => ALLOCATION_METHOD_LABELS[p.method])] },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { seriesName: string; value: [number, number] }) => `<strong>${params.seriesName}</strong><br/>Volatility ${percent(params.value[0])} / yr<br/>Expected return ${percent(params.value[1])} / yr`,
    },
    xAxis: { type: 'value', scale: true, name: 'Volatility / yr', nameLocation: 'middle', nameGap: 26, nameTextStyle: AXIS, axisLabel: { ...AXIS, formatter: percent }, splitLine: { lineStyle: { color: GRID_LINE } } },
    yAxis: { type: 'value', scale: true, name: 'Expected return / yr', nameTextStyle: { ...AXIS, align: 'left' }, axisLabel: { ...AXIS, formatter: percent }, splitLine: { lineStyle: { color: GRID_LINE } } },
    series: [
      { name: 'Efficient frontier', type: 'line', data: frontier, showSymbol: false, lineStyle: { color: '#94a3b8', width: 2 }, itemStyle: { color: '#94a3b8' } },
      ...report.methodPoints.map((p) => ({
        name: ALLOCATION_METHOD_LABELS[p.method],
        type: 'scatter',
        symbolSize: p.method === report.result.method ? 16 : 10,
        data: [[p.volatility, p.expectedReturn]],
        itemStyle: { color: METHOD_COLORS[p.method], borderColor: '#0f172a', borderWidth: p.method === report.result.method ? 2 : 0 },
      })),
    ],
  };
}

export function walkForwardChartOption(report: AllocationReport): ChartOption | null {
  const wf = report.walkForward;
  if (!wf || wf.baseline.curve.length === 0) return null;
  const dates = wf.baseline.curve.map((p) => p.date);
  const lines = [...wf.methods.filter((m) => m.method !== 'equal'), wf.baseline];
  return {
    animation: false,
    grid: { left: 16, right: 32, top: 40, bottom: 56, containLabel: true },
    legend: { top: 0, type: 'scroll', data: lines.map((m) => (m === wf.baseline ? 'Equal weight (baseline)' : ALLOCATION_METHOD_LABELS[m.method])) },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (value: number) => formatDigits(value, 'ratio', 3) },
    xAxis: { type: 'category', data: dates, boundaryGap: false, axisLabel: { ...AXIS, formatter: (value: string) => formatDate(value) } },
    yAxis: { type: 'value', scale: true, name: 'Growth of 1 (out of sample)', nameTextStyle: { ...AXIS, align: 'left' }, axisLabel: AXIS, splitLine: { lineStyle: { color: GRID_LINE } } },
    dataZoom: [{ type: 'inside', throttle: 50 }, { type: 'slider', height: 18, bottom: 8, labelFormatter: (_: number, value: string) => formatDate(value) }],
    series: lines.map((m) => ({
      name: m === wf.baseline ? 'Equal weight (baseline)' : ALLOCATION_METHOD_LABELS[m.method],
      type: 'line',
      showSymbol: false,
      data: m.curve.map((p) => p.equity),
      lineStyle: { color: METHOD_COLORS[m.method], width: m === wf.baseline ? 1.5 : 2, type: m === wf.baseline ? 'dashed' : 'solid' },
      itemStyle: { color: METHOD_COLORS[m.method] },
    })),
  };
}
