/**
 * ECharts options of the Sizing page, pure functions of the sizing report (unit-tested
 * without a browser):
 * - margin utilisation over time (historical, per strategy and portfolio) with the margin
 *   the Kelly sizing implies and the user's ceiling as horizontal lines;
 * - expected log growth and the risk of ever halving (Thorp, Lundberg) as the fraction goes
 *   from 0 to 2× full Kelly, with the chosen fraction and full Kelly marked.
 */
import type { GrowthCurve, MarginUtilisation } from '../../../core/sizing';
import type { ChartOption } from '../components/chart-options';
import { formatDate, formatText } from '../format';

const AXIS_COLOR = '#94a3b8';
const GRID_LINE = '#e2e8f0';
const LABEL_COLOR = '#475569';
const PORTFOLIO_COLOR = '#1d4ed8';
const STRATEGY_COLORS = ['#0d9488', '#9333ea', '#ea580c', '#0891b2', '#65a30d', '#db2777', '#854d0e'];
const KELLY_COLOR = '#d97706';
const CEILING_COLOR = '#dc2626';
const GROWTH_COLOR = '#2563eb';
const THORP_COLOR = '#dc2626';
const LUNDBERG_COLOR = '#7c3aed';

export interface MarginSeries {
  name: string;
  utilisation: MarginUtilisation;
  /** The portfolio line is drawn thicker. */
  emphasis: boolean;
}

export interface MarginChartInput {
  series: MarginSeries[];
  /** Margin ÷ capital the Kelly sizing implies; null without margin data. */
  kellyUtilisation: number | null;
  ceiling: number | null;
}

const percent = (value: number, digits = 0) => `${(value * 100).toFixed(digits)}%`;

function horizontalLine(name: string, value: number, color: string, dashed: boolean) {
  return {
    name,
    yAxis: value,
    lineStyle: { color, type: dashed ? 'dashed' : 'solid', width: 1.6 },
    label: { formatter: `${name} ${formatText(value, 'percent')}`, color, position: 'insideEndTop', fontWeight: 600 },
  };
}

export function marginChartOption({ series, kellyUtilisation, ceiling }: MarginChartInput): ChartOption {
  const dates = series[0]?.utilisation.series.map((day) => day.date) ?? [];
  const lines = [
    ...(kellyUtilisation === null ? [] : [horizontalLine('Kelly sizing', kellyUtilisation, KELLY_COLOR, false)]),
    ...(ceiling === null ? [] : [horizontalLine('Ceiling', ceiling, CEILING_COLOR, true)]),
  ];
  const peak = Math.max(0, ...series.map((s) => s.utilisation.max), ...lines.map((line) => line.yAxis));
  let colorIndex = 0;
  return {
    animation: false,
    grid: { left: 16, right: 44, top: 36, bottom: 56, containLabel: true },
    legend: { top: 0, left: 0, type: 'scroll', textStyle: { color: LABEL_COLOR } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value: number | null) => (value === null || value === undefined ? '—' : formatText(value, 'percent')),
      axisPointer: { label: { formatter: (params: { value: string }) => formatDate(params.value) } },
    },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisLabel: { color: LABEL_COLOR, formatter: (value: string) => formatDate(value) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: peak > 0 ? Math.ceil(peak * 1.1 * 20) / 20 : 1,
      axisLabel: { color: LABEL_COLOR, formatter: (value: number) => percent(value) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    dataZoom: [
      { type: 'inside', throttle: 50 },
      { type: 'slider', height: 18, bottom: 8, borderColor: GRID_LINE, labelFormatter: (_: number, value: string) => formatDate(value) },
    ],
    series: series.map((s, index) => {
      const color = s.emphasis ? PORTFOLIO_COLOR : STRATEGY_COLORS[colorIndex++ % STRATEGY_COLORS.length];
      return {
        type: 'line',
        name: s.name,
        data: s.utilisation.series.map((day) => day.utilisation),
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: s.emphasis ? 1.8 : 1.1, color },
        itemStyle: { color },
        ...(s.emphasis ? { areaStyle: { color: 'rgba(29, 78, 216, 0.07)' } } : {}),
        ...(index === 0 && lines.length > 0 ? { markLine: { silent: true, symbol: 'none', data: lines } } : {}),
      };
    }),
  };
}

const MARKERS = { chosen: 'Chosen', fullKelly: 'Full Kelly' };
const CURVE_NAMES = ['Expected log growth', 'Thorp P(halving)', 'Lundberg bound'] as const;

interface AxisParam {
  seriesName: string;
  value: [number, number | null];
  marker: string;
}

/** Growth and ruin vs the fraction of capital (in risk units). */
export function growthChartOption(curve: GrowthCurve): ChartOption {
  const pairs = (pick: (point: GrowthCurve['points'][number]) => number | null) => curve.points.map((point) => [point.fraction, pick(point)]);
  // Vertical markers as two-point series on the 0–1 ruin axis, so they span the plot exactly.
  // Both labels sit at the top, pointing away from each other so they never overlap.
  const chosenFirst = curve.chosen.fraction <= curve.fullKelly;
  const vertical = (name: string, fraction: number, color: string, labelSide: 'left' | 'right') => ({
    type: 'line',
    name,
    yAxisIndex: 1,
    data: [
      [fraction, 0],
      [fraction, 1],
    ],
    showSymbol: false,
    silent: true,
    tooltip: { show: false },
    lineStyle: { color, type: 'dashed', width: 1.4 },
    itemStyle: { color },
    endLabel: {
      show: true,
      formatter: `${name} ${formatText(fraction, 'percent')}`,
      color,
      fontWeight: 600,
      align: labelSide === 'left' ? 'right' : 'left',
      offset: [labelSide === 'left' ? -4 : 4, -10],
    },
  });
  return {
    animation: false,
    grid: { left: 16, right: 16, top: 64, bottom: 30, containLabel: true },
    legend: { top: 0, left: 0, data: [...CURVE_NAMES], textStyle: { color: LABEL_COLOR } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: AxisParam[]) => {
        const curves = params.filter((p) => (CURVE_NAMES as readonly string[]).includes(p.seriesName));
        const [first] = curves;
        if (!first) return '';
        const rows = curves.map((p) => `${p.marker}${p.seriesName}: <strong>${formatText(p.value[1], 'percent')}</strong>`);
        return [`Fraction <strong>${formatText(first.value[0], 'percent')}</strong>`, ...rows].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: Math.max(2 * curve.fullKelly, curve.chosen.fraction),
      name: 'Fraction of capital (risk units)',
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: LABEL_COLOR },
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisLabel: { color: LABEL_COLOR, formatter: (value: number) => percent(value, 1) },
      splitLine: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        name: 'Log growth / trade',
        nameTextStyle: { color: GROWTH_COLOR, align: 'left' },
        axisLabel: { color: LABEL_COLOR, formatter: (value: number) => percent(value, 2) },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      {
        type: 'value',
        name: 'P(ever halving)',
        min: 0,
        max: 1,
        nameTextStyle: { color: THORP_COLOR, align: 'right' },
        axisLabel: { color: LABEL_COLOR, formatter: (value: number) => percent(value) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: CURVE_NAMES[0],
        data: pairs((point) => point.growth),
        showSymbol: false,
        lineStyle: { width: 2, color: GROWTH_COLOR },
        itemStyle: { color: GROWTH_COLOR },
      },
      {
        type: 'line',
        name: CURVE_NAMES[1],
        yAxisIndex: 1,
        data: pairs((point) => point.thorpHalving),
        showSymbol: false,
        lineStyle: { width: 1.4, color: THORP_COLOR },
        itemStyle: { color: THORP_COLOR },
      },
      {
        type: 'line',
        name: CURVE_NAMES[2],
        yAxisIndex: 1,
        data: pairs((point) => point.lundbergHalving),
        showSymbol: false,
        lineStyle: { width: 1.4, color: LUNDBERG_COLOR, type: 'dashed' },
        itemStyle: { color: LUNDBERG_COLOR },
      },
      vertical(MARKERS.chosen, curve.chosen.fraction, KELLY_COLOR, chosenFirst ? 'left' : 'right'),
      vertical(MARKERS.fullKelly, curve.fullKelly, LABEL_COLOR, chosenFirst ? 'right' : 'left'),
    ],
  };
}
