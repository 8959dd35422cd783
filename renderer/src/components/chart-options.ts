/**
 * ECharts options of the Overview charts, built from an equity curve: the equity line and
 * the drawdown (below zero, as a percentage of the running peak), with the ruin date marked
 * when the account was ruined. Pure functions of the
 * data, so they are unit-tested without a browser.
 *
 * The two charts share one time axis: the same category dates (the union of both curves' dates,
 * `sharedTimeAxis`; a curve without a point on a date leaves a gap) and the same fixed grid
 * margins (no `containLabel`, so a wide money label cannot push one plot area right), so a date
 * sits at the same x in both.
 */
import type { EquityPoint, Ruin } from '../../../core/stats/types';
import { formatDate, formatMoneyAxis, formatMoneyTooltip, formatText } from '../../../core/format/number';

/** Subset of the ECharts option type the charts use (kept local: echarts/core types are loose). */
export type ChartOption = Record<string, unknown>;

const AXIS_COLOR = '#94a3b8';
const GRID_LINE = '#e2e8f0';
const EQUITY_COLOR = '#2563eb';
const DRAWDOWN_COLOR = '#dc2626';

interface TooltipParam {
  axisValue: string;
  value: number | null;
}

/** Fixed plot margins of the Overview charts, in px: room for the widest compact money label ("-$5.0e22") and the last date label. */
const GRID = { left: 80, right: 44, top: 16, bottom: 56, containLabel: false };

/** The dates of a time axis shared by several curves: every curve's dates, sorted, once. */
export function sharedTimeAxis(...curves: { date: string }[][]): string[] {
  return [...new Set(curves.flatMap((curve) => curve.map((point) => point.date)))].sort();
}

/** A curve's values on `dates` (null where the curve has no point), for a series on a shared axis. */
function onAxis(curve: EquityPoint[], dates: string[], value: (point: EquityPoint) => number): (number | null)[] {
  const byDate = new Map(curve.map((point) => [point.date, value(point)]));
  return dates.map((date) => byDate.get(date) ?? null);
}

function baseOption(dates: string[], valueFormatter: (value: number) => string, tooltipLine: (value: number) => string): ChartOption {
  return {
    animation: false,
    grid: GRID,
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: TooltipParam[]) => {
        const [first] = params;
        return first && first.value !== null && first.value !== undefined ? `<strong>${formatDate(first.axisValue)}</strong><br/>${tooltipLine(first.value)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisLabel: { color: '#475569', formatter: (value: string) => formatDate(value) },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: '#475569', formatter: valueFormatter },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    dataZoom: [
      { type: 'inside', throttle: 50 },
      { type: 'slider', height: 18, bottom: 8, borderColor: GRID_LINE, labelFormatter: (_: number, value: string) => formatDate(value) },
    ],
  };
}

/** The money axis label of every app chart ("$25k", "$15.5M", "$1.9T", "$5.0e22"): core/format's one compact formatter. */
export const compactMoney = formatMoneyAxis;

/** A dashed red vertical line at the ruin date, labelled "Ruined <date>" (SPEC §2: the curve stops there). */
export function ruinMarkLine(ruin: Ruin) {
  return {
    silent: true,
    symbol: 'none',
    label: { formatter: `Ruined ${formatDate(ruin.date)}`, color: DRAWDOWN_COLOR, position: 'insideMiddleTop', fontWeight: 'bold' },
    lineStyle: { color: DRAWDOWN_COLOR, type: 'dashed', width: 1.5 },
    data: [{ xAxis: ruin.date }],
  };
}

/** `dates`: the shared time axis (sharedTimeAxis of the equity and drawdown curves); default the curve's own dates. */
export function equityChartOption(curve: EquityPoint[], startingCapital: number, ruin: Ruin | null = null, dates = sharedTimeAxis(curve)): ChartOption {
  const option = baseOption(
    dates,
    compactMoney,
    (value) => `Equity: <strong>${formatMoneyTooltip(value)}</strong>`,
  );
  return {
    ...option,
    series: [
      {
        type: 'line',
        name: 'Equity',
        data: onAxis(curve, dates, (point) => point.equity),
        showSymbol: false,
        sampling: 'lttb',
        lineStyle: { width: 1.8, color: EQUITY_COLOR },
        itemStyle: { color: EQUITY_COLOR },
        areaStyle: { color: 'rgba(37, 99, 235, 0.08)', origin: 'start' },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { formatter: `Start ${formatText(startingCapital, 'money')}`, color: '#64748b', position: 'insideEndTop' },
          lineStyle: { color: AXIS_COLOR, type: 'dashed' },
          data: [{ yAxis: startingCapital }],
        },
      },
      // A second, invisible series carries the ruin mark (one markLine per series keeps both styles).
      ...(ruin ? [{ type: 'line', name: 'Ruin', data: [], markLine: ruinMarkLine(ruin) }] : []),
    ],
  };
}

export function drawdownChartOption(curve: EquityPoint[], ruin: Ruin | null = null, dates = sharedTimeAxis(curve)): ChartOption {
  const option = baseOption(
    dates,
    (value) => `${(value * 100).toFixed(0)}%`,
    (value) => `Drawdown: <strong>${formatText(-value, 'percent')}</strong> below the peak`,
  );
  return {
    ...option,
    yAxis: { ...(option.yAxis as object), scale: false, max: 0 },
    series: [
      {
        type: 'line',
        name: 'Drawdown',
        data: onAxis(curve, dates, (point) => (point.drawdown === 0 ? 0 : -point.drawdown)),
        showSymbol: false,
        sampling: 'lttb',
        lineStyle: { width: 1.2, color: DRAWDOWN_COLOR },
        itemStyle: { color: DRAWDOWN_COLOR },
        areaStyle: { color: 'rgba(220, 38, 38, 0.18)' },
        ...(ruin ? { markLine: ruinMarkLine(ruin) } : {}),
      },
    ],
  };
}
