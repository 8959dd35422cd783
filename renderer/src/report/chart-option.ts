/**
 * Turns a report chart (plain data from core/report) into an ECharts option for print:
 * no animation, no tooltips or interactivity, compact axis labels in the chart's format.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { NumberFormat, ReportChart } from '../../../core/report';

const PALETTE = ['#1f4e79', '#c0392b', '#2e7d32', '#8e44ad', '#d35400', '#00838f', '#6d4c41', '#455a64'];
const ADVERSE = '#b03a2e';
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function axisLabel(value: number, format: NumberFormat): string {
  if (format === 'percent') return `${Math.round(value * 1000) / 10}%`;
  return compact.format(value);
}

export function chartOption(chart: ReportChart): EChartsCoreOption {
  const multi = chart.series.length > 1;
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif", fontSize: 10 },
    grid: { left: 8, right: 16, top: multi ? 28 : 12, bottom: 8, containLabel: true },
    legend: multi ? { top: 0, itemWidth: 14, itemHeight: 8 } : undefined,
    xAxis: {
      type: chart.xAxis === 'date' ? 'time' : chart.xAxis,
      axisLabel: { hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: chart.yFormat === 'money',
      axisLabel: { formatter: (value: number) => axisLabel(value, chart.yFormat) },
      splitLine: { lineStyle: { color: '#e3e3e3' } },
    },
    series: chart.series.map((series) => ({
      name: series.name,
      type: series.type === 'bar' ? 'bar' : 'line',
      data: series.points,
      showSymbol: false,
      lineStyle: { width: 1.2 },
      color: series.tone === 'adverse' ? ADVERSE : undefined,
      areaStyle: series.type === 'area' ? { opacity: 0.35 } : undefined,
      silent: true,
    })),
  };
}
