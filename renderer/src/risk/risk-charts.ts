/**
 * ECharts options of the Risk page: the fan chart (P5–P95 and P25–P75 bands as stacked
 * areas, the P50 line, 20 sample paths) over steps, and the histograms of final equity
 * and of max drawdown. Pure functions of core's MonteCarloSummary.
 */
import type { FanPoint, Histogram, MonteCarloSummary } from '../../../core/montecarlo';
import type { ChartOption } from '../components/chart-options';
import { formatMoneyTooltip, formatText } from '../../../core/format/number';
import { compactMoney } from '../components/chart-options';

const AXIS_TEXT = '#475569';
const GRID_LINE = '#e2e8f0';
const BAND_OUTER = 'rgba(37, 99, 235, 0.13)';
const BAND_INNER = 'rgba(37, 99, 235, 0.28)';
const MEDIAN = '#1d4ed8';
const SAMPLE = 'rgba(100, 116, 139, 0.35)';

interface AxisParam {
  dataIndex: number;
}

function band(name: string, fan: FanPoint[], value: (p: FanPoint) => number, color: string | null): Record<string, unknown> {
  return {
    type: 'line',
    name,
    stack: 'fan',
    data: fan.map(value),
    showSymbol: false,
    silent: true,
    lineStyle: { width: 0 },
    areaStyle: color ? { color } : { opacity: 0 },
    emphasis: { disabled: true },
  };
}

export function fanChartOption(summary: MonteCarloSummary, stepUnit: string): ChartOption {
  const fan = summary.fan;
  return {
    animation: false,
    grid: { left: 16, right: 44, top: 30, bottom: 30, containLabel: true },
    legend: { top: 0, selectedMode: false, data: ['P5–P95', 'P25–P75', 'Median (P50)', 'Sample paths'], textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: AxisParam[]) => {
        const point = fan[params[0]?.dataIndex ?? -1];
        if (!point) return '';
        const row = (label: string, v: number) => `${label}: <strong>${formatMoneyTooltip(v)}</strong>`;
        return [`<strong>${formatText(point.step, 'count')} ${stepUnit}</strong>`, row('P95', point.p95), row('P75', point.p75), row('P50', point.p50), row('P25', point.p25), row('P5', point.p5)].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: fan.map((p) => p.step), boundaryGap: false, name: stepUnit, nameLocation: 'middle', nameGap: 26, axisLabel: { color: AXIS_TEXT }, axisLine: { lineStyle: { color: '#94a3b8' } } },
    yAxis: { type: 'value', scale: true, axisLabel: { color: AXIS_TEXT, formatter: compactMoney }, splitLine: { lineStyle: { color: GRID_LINE } } },
    series: [
      ...summary.samplePaths.map((path, k) => ({
        type: 'line',
        name: 'Sample paths',
        id: `sample-${k}`,
        data: path,
        showSymbol: false,
        silent: true,
        // Long paths (thousands of steps): draw one point per pixel (largest-triangle sampling).
        sampling: 'lttb',
        lineStyle: { width: 0.8, color: SAMPLE },
        itemStyle: { color: SAMPLE },
        z: 1,
      })),
      band('P5 base', fan, (p) => p.p5, null),
      band('P5–P95', fan, (p) => p.p25 - p.p5, BAND_OUTER),
      band('P25–P75', fan, (p) => p.p75 - p.p25, BAND_INNER),
      band('P75–P95', fan, (p) => p.p95 - p.p75, BAND_OUTER),
      { type: 'line', name: 'Median (P50)', data: fan.map((p) => p.p50), showSymbol: false, lineStyle: { width: 2, color: MEDIAN }, itemStyle: { color: MEDIAN }, z: 5 },
    ],
    color: [SAMPLE, BAND_OUTER, BAND_OUTER, BAND_INNER, BAND_OUTER, MEDIAN],
  };
}

/** The histogram without its empty bins at the high end (max drawdowns rarely pass 60%). */
function withoutEmptyTail(histogram: Histogram): Histogram {
  let last = histogram.counts.length - 1;
  while (last > 0 && histogram.counts[last] === 0) last--;
  return { counts: histogram.counts.slice(0, last + 1), edges: histogram.edges.slice(0, last + 2) };
}

function histogramOption(histogram: Histogram, label: (low: number, high: number) => string, axisLabel: (value: number) => string, color: string, marker?: { value: number; text: string }): ChartOption {
  const centers = histogram.counts.map((_, k) => (histogram.edges[k] + histogram.edges[k + 1]) / 2);
  const total = histogram.counts.reduce((s, c) => s + c, 0);
  const markerIndex = marker ? centers.findIndex((_, k) => marker.value >= histogram.edges[k] && marker.value < histogram.edges[k + 1]) : -1;
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: AxisParam[]) => {
        const k = params[0]?.dataIndex ?? -1;
        if (k < 0) return '';
        return `${label(histogram.edges[k], histogram.edges[k + 1])}<br/><strong>${formatText(histogram.counts[k], 'count')}</strong> paths (${formatText(histogram.counts[k] / Math.max(1, total), 'percent')})`;
      },
    },
    xAxis: { type: 'category', data: centers, axisLabel: { color: AXIS_TEXT, formatter: (value: string) => axisLabel(Number(value)) }, axisLine: { lineStyle: { color: '#94a3b8' } } },
    yAxis: { type: 'value', axisLabel: { color: AXIS_TEXT }, splitLine: { lineStyle: { color: GRID_LINE } } },
    series: [
      {
        type: 'bar',
        data: histogram.counts,
        barCategoryGap: '8%',
        itemStyle: { color },
        markLine:
          marker && markerIndex >= 0
            ? { silent: true, symbol: 'none', label: { formatter: marker.text, color: '#334155' }, lineStyle: { color: '#334155', type: 'dashed' }, data: [{ xAxis: markerIndex }] }
            : undefined,
      },
    ],
  };
}

export function finalValueHistogramOption(summary: MonteCarloSummary): ChartOption {
  return histogramOption(summary.finalValueHistogram, (low, high) => `Final equity ${formatMoneyTooltip(low)} – ${formatMoneyTooltip(high)}`, compactMoney, '#2563eb', {
    value: summary.startingCapital,
    text: 'Start',
  });
}

export function maxDrawdownHistogramOption(summary: MonteCarloSummary): ChartOption {
  return histogramOption(withoutEmptyTail(summary.maxDrawdownHistogram), (low, high) => `Max drawdown ${formatText(low, 'percent')} – ${formatText(high, 'percent')}`, (v) => `${Math.round(v * 100)}%`, '#dc2626');
}
