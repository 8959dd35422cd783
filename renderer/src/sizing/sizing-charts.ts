/**
 * ECharts options of the Sizing page, pure functions of the sizing report (unit-tested
 * without a browser):
 * - margin utilisation over time (historical, per strategy and portfolio) with the margin
 *   the Kelly sizing implies and the user's ceiling as horizontal lines;
 * - expected log growth and the risk of ever halving (Thorp, Lundberg) as the fraction goes
 *   from 0 to 2× the growth-optimal fraction, with the chosen fraction, the growth-optimal
 *   fraction and the discrete Kelly of the basis marked.
 */
import type { GrowthCurve, MarginUtilisation } from '../../../core/sizing';
import type { ChartOption } from '../components/chart-options';
import { formatDate, formatText } from '../../../core/format/number';

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
const KELLY_BASIS_COLOR = '#0d9488';

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

const MARKERS = { chosen: 'Chosen', growthOptimal: 'Growth-optimal' };
/** The y axis names sit a row above the marker labels. */
const AXIS_NAME_GAP = 32;
const CURVE_NAMES = ['Expected log growth', 'Thorp P(halving)', 'Lundberg bound'] as const;

interface AxisParam {
  seriesName: string;
  value: [number, number | null];
  marker: string;
}

/** The discrete Kelly of the entry's basis, marked on the growth chart when it falls inside the x range. */
export interface BasisKellyMarker {
  /** The basis' column header, e.g. "Kelly (P/L)". */
  label: string;
  value: number | null;
}

type LabelSide = 'left' | 'right';

/**
 * A vertical marker as a two-point series on the 0–1 ruin axis, so it spans the plot exactly,
 * labelled at its top end (above the plot) or its bottom end (just above the x axis).
 */
function verticalMarker(name: string, fraction: number, color: string, side: LabelSide, labelAt: 'top' | 'bottom') {
  const ends: [number, number][] = [
    [fraction, 0],
    [fraction, 1],
  ];
  return {
    type: 'line',
    name,
    yAxisIndex: 1,
    data: labelAt === 'top' ? ends : ends.reverse(),
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
      align: side === 'left' ? 'right' : 'left',
      offset: [side === 'left' ? -4 : 4, -10],
      ...(labelAt === 'bottom' ? { backgroundColor: 'rgba(255, 255, 255, 0.85)', padding: [1, 2] } : {}),
    },
  };
}

/** Thorp's c at fraction f: f ÷ the growth-optimal fraction (the curve's f*). */
function thorpMultiple(curve: GrowthCurve, fraction: number): number {
  return fraction / curve.growthOptimal;
}

/**
 * The growth chart's own numbers in words, for its tooltip: which f* Thorp's c uses, and
 * how the discrete Kelly of the basis (the start of the applied fraction) differs from it.
 */
export function growthChartNote(curve: GrowthCurve, basisKelly: BasisKellyMarker): string {
  const fStar = formatText(curve.growthOptimal, 'percent');
  const kelly =
    basisKelly.value === null
      ? `${basisKelly.label} is undefined for this sample.`
      : `${basisKelly.label} ${formatText(basisKelly.value, 'percent')} is the discrete Kelly p − q/b of the basis, which the applied fraction starts from; Thorp does not use it.`;
  return (
    `Here f* = the growth-optimal ${fStar} (the Growth-optimal marker). ${kelly} ` +
    `At the chosen ${formatText(curve.chosen.fraction, 'percent')}: c = ${formatText(curve.chosen.fraction, 'percent')} ÷ ${fStar} = ${formatText(thorpMultiple(curve, curve.chosen.fraction), 'ratio')}.`
  );
}

/**
 * Growth and ruin vs the fraction of capital (in risk units), with the chosen fraction, the
 * growth-optimal fraction f* (the peak of the growth curve, the f* of Thorp's c = f ÷ f*)
 * and the discrete Kelly of the basis (when inside the x range) marked.
 */
export function growthChartOption(curve: GrowthCurve, basisKelly: BasisKellyMarker, band?: KellyBandShading | null): ChartOption {
  const pairs = (pick: (point: GrowthCurve['points'][number]) => number | null) => curve.points.map((point) => [point.fraction, pick(point)]);
  const xMax = Math.max(2 * curve.growthOptimal, curve.chosen.fraction);
  // The chosen and growth-optimal labels sit at the top, pointing away from each other so
  // they never overlap; the basis Kelly's label sits at the bottom, pointing to the centre.
  const chosenFirst = curve.chosen.fraction <= curve.growthOptimal;
  const kelly = basisKelly.value;
  const kellyMarker =
    kelly !== null && kelly > 0 && kelly <= xMax ? [verticalMarker(basisKelly.label, kelly, KELLY_BASIS_COLOR, kelly > xMax / 2 ? 'left' : 'right', 'bottom')] : [];
  return {
    animation: false,
    // Three rows above the plot: the legend, the axis names, the marker labels.
    grid: { left: 16, right: 16, top: 80, bottom: 30, containLabel: true },
    legend: { top: 0, left: 0, data: [...CURVE_NAMES], textStyle: { color: LABEL_COLOR } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: AxisParam[]) => {
        const curves = params.filter((p) => (CURVE_NAMES as readonly string[]).includes(p.seriesName));
        const [first] = curves;
        if (!first) return '';
        const fraction = first.value[0];
        const rows = curves.map((p) => `${p.marker}${p.seriesName}: <strong>${formatText(p.value[1], 'percent')}</strong>`);
        const multiple = `Thorp c = f ÷ growth-optimal ${formatText(curve.growthOptimal, 'percent')}: <strong>${formatText(thorpMultiple(curve, fraction), 'ratio')}</strong>`;
        return [`Fraction <strong>${formatText(fraction, 'percent')}</strong>`, ...rows, multiple].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: xMax,
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
        nameGap: AXIS_NAME_GAP,
        nameTextStyle: { color: GROWTH_COLOR, align: 'left' },
        axisLabel: { color: LABEL_COLOR, formatter: (value: number) => percent(value, 2) },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      {
        type: 'value',
        name: 'P(ever halving)',
        nameGap: AXIS_NAME_GAP,
        min: 0,
        max: 1,
        nameTextStyle: { color: THORP_COLOR, align: 'right' },
        axisLabel: { color: LABEL_COLOR, formatter: (value: number) => percent(value) },
        splitLine: { show: false },
      },
    ],
    series: [
      curveSeries(CURVE_NAMES[0], pairs((point) => point.growth), GROWTH_COLOR, 0, 'solid'),
      curveSeries(CURVE_NAMES[1], pairs((point) => point.thorpHalving), THORP_COLOR, 1, 'solid'),
      curveSeries(CURVE_NAMES[2], pairs((point) => point.lundbergHalving), LUNDBERG_COLOR, 1, 'dashed'),
      verticalMarker(MARKERS.chosen, curve.chosen.fraction, KELLY_COLOR, chosenFirst ? 'left' : 'right', 'top'),
      verticalMarker(MARKERS.growthOptimal, curve.growthOptimal, LABEL_COLOR, chosenFirst ? 'right' : 'left', 'top'),
      ...kellyMarker,
      ...(band ? [kellyBandSeries(band)] : []),
    ],
  };
}

/** The Kelly band's percentiles (TargetsPanel's bootstrap band) shaded on the growth chart. */
export interface KellyBandShading {
  p5: number;
  p25: number;
  p75: number;
  p95: number;
}

/** Shaded x ranges P5–P95 (light) and P25–P75 (darker): where the growth-optimal fraction may really be. */
function kellyBandSeries(band: KellyBandShading) {
  return {
    type: 'line',
    name: 'Kelly band',
    data: [],
    silent: true,
    markArea: {
      silent: true,
      data: [
        [{ xAxis: band.p5, itemStyle: { color: 'rgba(37, 99, 235, 0.07)' }, label: { show: true, position: 'insideBottomLeft', color: LABEL_COLOR, fontSize: 10, formatter: 'Kelly P5–P95' } }, { xAxis: band.p95 }],
        [{ xAxis: band.p25, itemStyle: { color: 'rgba(37, 99, 235, 0.12)' } }, { xAxis: band.p75 }],
      ],
    },
  };
}

/** One curve of the growth chart: the growth line on the left axis (thicker), ruin on the right. */
function curveSeries(name: string, data: (number | null)[][], color: string, yAxisIndex: 0 | 1, type: 'solid' | 'dashed') {
  return {
    type: 'line',
    name,
    ...(yAxisIndex === 1 ? { yAxisIndex } : {}),
    data,
    showSymbol: false,
    lineStyle: { width: yAxisIndex === 0 ? 2 : 1.4, color, ...(type === 'dashed' ? { type } : {}) },
    itemStyle: { color },
  };
}
