/**
 * Turns a report chart (plain data from core/report) into an ECharts option for print:
 * no animation, no tooltips or interactivity, compact axis labels in the chart's format;
 * curves take palette colours in order, bands (a Monte Carlo fan) translucent fills beneath;
 * a curve's marks (a ruin) are dashed vertical lines in the warning colour, labelled.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatMoneyAxis } from '../../../core/format/number';
import type { BandSeries, LineSeries, NumberFormat, ReportChart } from '../../../core/report';

const PALETTE = ['#1f4e79', '#c0392b', '#2e7d32', '#8e44ad', '#d35400', '#00838f', '#6d4c41', '#455a64'];
const ADVERSE = '#b03a2e';
/** Fills of a chart's bands, outermost first: the first palette colour, lighter for wider bands. */
const BAND_FILLS = ['rgba(31, 78, 121, 0.16)', 'rgba(31, 78, 121, 0.32)'];
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function axisLabel(value: number, format: NumberFormat): string {
  if (format === 'percent') return `${Math.round(value * 1000) / 10}%`;
  // Money axes: the app's one compact money label ("$15.5M", "$1.9T", "$5.0e22"); Intl's compact stops at "T".
  if (format === 'money') return formatMoneyAxis(value);
  return compact.format(value);
}

/** An [x, y] curve: its own palette colour (in order of the chart's curves), or the warning colour. */
function lineSeries(series: LineSeries, color: string) {
  return {
    name: series.name,
    type: series.type === 'bar' ? 'bar' : 'line',
    data: series.points,
    showSymbol: false,
    lineStyle: { width: 1.2 },
    color: series.tone === 'adverse' ? ADVERSE : color,
    areaStyle: series.type === 'area' ? { opacity: 0.35 } : undefined,
    silent: true,
    markLine: series.marks?.length
      ? {
          symbol: 'none',
          silent: true,
          lineStyle: { color: ADVERSE, type: 'dashed', width: 1 },
          label: { formatter: '{b}', position: 'insideEndTop', color: ADVERSE, fontSize: 9 },
          data: series.marks.map((mark) => ({ name: mark.label, xAxis: mark.x })),
        }
      : undefined,
  };
}

/**
 * A band as two stacked lines (ECharts has no band series): an invisible lower edge, then
 * the band's height stacked on it with a translucent fill in the chart's first colour.
 * Only the second one is in the legend, as a filled square.
 */
function bandSeries(series: BandSeries, index: number) {
  const stack = `band-${index}`;
  const fill = BAND_FILLS[Math.min(index, BAND_FILLS.length - 1)];
  const edge = { type: 'line', stack, showSymbol: false, lineStyle: { width: 0 }, silent: true, color: fill };
  return [
    { ...edge, name: `${series.name} (lower edge)`, data: series.points.map(([x, low]) => [x, low]) },
    { ...edge, name: series.name, data: series.points.map(([x, low, high]) => [x, high - low]), areaStyle: { color: fill, opacity: 1 } },
  ];
}

export function chartOption(chart: ReportChart): EChartsCoreOption {
  const multi = chart.series.length > 1;
  let lines = 0;
  let bands = 0;
  const series = chart.series.flatMap((s): object[] => (s.type === 'band' ? bandSeries(s, bands++) : [lineSeries(s, PALETTE[lines++ % PALETTE.length])]));
  return {
    animation: false,
    textStyle: { fontFamily: "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif", fontSize: 10 },
    grid: { left: 8, right: 16, top: multi ? 28 : 12, bottom: 8, containLabel: true },
    legend: multi ? { top: 0, itemWidth: 14, itemHeight: 8, data: chart.series.map((s) => (s.type === 'band' ? { name: s.name, icon: 'roundRect' } : { name: s.name })) } : undefined,
    xAxis: {
      type: chart.xAxis === 'date' ? 'time' : chart.xAxis,
      max: chart.xAxis === 'value' ? 'dataMax' : undefined,
      axisLabel: { hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: chart.yFormat === 'money',
      axisLabel: { formatter: (value: number) => axisLabel(value, chart.yFormat) },
      splitLine: { lineStyle: { color: '#e3e3e3' } },
    },
    series,
  };
}
