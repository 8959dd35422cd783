/**
 * ECharts options of the Overview charts, built from an equity curve: the equity line and
 * the drawdown (below zero, as a percentage of the running peak), with the ruin date marked
 * when the account was ruined. Pure functions of the
 * data, so they are unit-tested without a browser.
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
  value: number;
}

function baseOption(dates: string[], valueFormatter: (value: number) => string, tooltipLine: (value: number) => string): ChartOption {
  return {
    animation: false,
    grid: { left: 16, right: 44, top: 16, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: TooltipParam[]) => {
        const [first] = params;
        return first ? `<strong>${formatDate(first.axisValue)}</strong><br/>${tooltipLine(first.value)}` : '';
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

export function equityChartOption(curve: EquityPoint[], startingCapital: number, ruin: Ruin | null = null): ChartOption {
  const option = baseOption(
    curve.map((point) => point.date),
    compactMoney,
    (value) => `Equity: <strong>${formatMoneyTooltip(value)}</strong>`,
  );
  return {
    ...option,
    series: [
      {
        type: 'line',
        name: 'Equity',
        data: curve.map((point) => point.equity),
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

export function drawdownChartOption(curve: EquityPoint[], ruin: Ruin | null = null): ChartOption {
  const option = baseOption(
    curve.map((point) => point.date),
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
        data: curve.map((point) => (point.drawdown === 0 ? 0 : -point.drawdown)),
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
