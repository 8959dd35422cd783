/**
 * ECharts options of the Replay page: overlaid equity curves (linear or log axis),
 * overlaid drawdown curves and the ending-balance bars, one colour per scenario; a ruined
 * scenario's curves carry a dashed "ruined <date>" line in its colour. Pure
 * functions of the replay results, unit-tested without a browser.
 */
import { compactMoney, type ChartOption } from '../components/chart-options';
import { formatDate, formatMoneyTooltip, formatText } from '../../../core/format/number';
import { SCENARIO_COLORS } from './scenario-model';

export interface CurveSeries {
  name: string;
  /** Index in the working set: picks the colour. */
  colorIndex: number;
  values: ArrayLike<number>;
  /** The business day the scenario was ruined on (equity ≤ 0): marked on its curve. */
  ruinDate?: string | null;
}

const AXIS_TEXT = '#475569';
const GRID_LINE = '#e2e8f0';

interface AxisTooltipParam {
  axisValue: string;
  seriesName: string;
  value: number | null;
  color: string;
}

/** Replay's money axes use the app's one compact money label ("$15.5M", "$1.9T", "$5.0e22" — never "$50000000000000000M"). */
export { compactMoney };

function colorOf(index: number): string {
  return SCENARIO_COLORS[index % SCENARIO_COLORS.length];
}

function curvesOption(dates: string[], series: CurveSeries[], valueFormatter: (v: number) => string, toPoint: (v: number) => number | null, tooltipValue: (v: number) => string): ChartOption {
  return {
    animation: false,
    color: series.map((s) => colorOf(s.colorIndex)),
    legend: { top: 0, type: 'scroll', textStyle: { color: AXIS_TEXT } },
    grid: { left: 16, right: 44, top: 34, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: AxisTooltipParam[]) => {
        const [first] = params;
        if (!first) return '';
        const lines = params.map((p) => `<span style="color:${p.color}">●</span> ${escapeHtml(p.seriesName)}: <strong>${p.value === null ? '—' : tooltipValue(p.value)}</strong>`);
        return `<strong>${formatDate(first.axisValue)}</strong><br/>${lines.join('<br/>')}`;
      },
    },
    xAxis: { type: 'category', data: dates, boundaryGap: false, axisLine: { lineStyle: { color: '#94a3b8' } }, axisLabel: { color: AXIS_TEXT, formatter: (value: string) => formatDate(value) } },
    yAxis: { type: 'value', scale: true, axisLabel: { color: AXIS_TEXT, formatter: valueFormatter }, splitLine: { lineStyle: { color: GRID_LINE } } },
    dataZoom: [
      { type: 'inside', throttle: 50 },
      { type: 'slider', height: 18, bottom: 8, borderColor: GRID_LINE, labelFormatter: (_: number, value: string) => formatDate(value) },
    ],
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: Array.from(s.values, toPoint),
      showSymbol: false,
      sampling: 'lttb',
      connectNulls: false,
      lineStyle: { width: 1.6 },
      emphasis: { focus: 'series' },
      ...(s.ruinDate
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { formatter: `${s.name} ruined`, position: 'insideEndTop', color: colorOf(s.colorIndex), fontWeight: 'bold' },
              lineStyle: { color: colorOf(s.colorIndex), type: 'dashed', width: 1.5 },
              data: [{ xAxis: s.ruinDate }],
            },
          }
        : {}),
    })),
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Equity curves. On a log axis a non-positive equity (a ruined scenario) has no point:
 * the line stops there.
 */
export function equityOverlayOption(dates: string[], series: CurveSeries[], logScale: boolean): ChartOption {
  const option = curvesOption(dates, series, compactMoney, logScale ? (v) => (v > 0 ? v : null) : (v) => v, (v) => formatMoneyTooltip(v));
  if (!logScale) return option;
  return { ...option, yAxis: { ...(option.yAxis as object), type: 'log', logBase: 10, min: (range: { min: number }) => range.min * 0.97, max: (range: { max: number }) => range.max * 1.03 } };
}

/** Drawdown curves, below zero, as a share of the running peak. */
export function drawdownOverlayOption(dates: string[], series: CurveSeries[]): ChartOption {
  const option = curvesOption(
    dates,
    series,
    (v) => `${(v * 100).toFixed(0)}%`,
    (v) => (v === 0 ? 0 : -v),
    (v) => `${formatText(-v, 'percent')} below the peak`,
  );
  return { ...option, yAxis: { ...(option.yAxis as object), scale: false, max: 0 } };
}

/** Horizontal bars of each scenario's final equity, with the starting capital marked per bar in the tooltip. */
export function endingBalanceOption(bars: { name: string; colorIndex: number; finalEquity: number; startingCapital: number }[]): ChartOption {
  return {
    animation: false,
    grid: { left: 16, right: 90, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { dataIndex: number }) => {
        const bar = bars[p.dataIndex];
        return bar ? `${escapeHtml(bar.name)}<br/>Final equity <strong>${formatText(bar.finalEquity, 'money')}</strong><br/>Start ${formatText(bar.startingCapital, 'money')}` : '';
      },
    },
    xAxis: { type: 'value', axisLabel: { color: AXIS_TEXT, formatter: compactMoney }, splitLine: { lineStyle: { color: GRID_LINE } } },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.name), axisLabel: { color: AXIS_TEXT, width: 150, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: bars.map((b) => ({ value: b.finalEquity, itemStyle: { color: colorOf(b.colorIndex) } })),
        label: { show: true, position: 'right', color: '#0f172a', formatter: (p: { value: number }) => formatText(p.value, 'money') },
      },
    ],
  };
}
