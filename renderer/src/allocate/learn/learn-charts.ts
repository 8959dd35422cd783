/**
 * Charts of the learned-allocator panel (ECharts options): the out-of-sample weight path (each
 * leg's weight in force per day, stacked to 100%) and the out-of-sample equity of the model
 * against the baselines (growth of 1 unit of starting capital, after costs).
 */
import type { ChartOption } from '../../components/chart-options';
import { formatText } from '../../../../core/format/number';

const COLORS = ['#2563eb', '#f59e0b', '#10b981', '#a855f7', '#ef4444', '#0ea5e9', '#64748b'];

/** At most ~1,500 points per series: every k-th day (the last day kept). */
function thin<T>(items: T[]): { index: number[]; items: T[] } {
  const step = Math.max(1, Math.ceil(items.length / 1500));
  const index: number[] = [];
  for (let i = 0; i < items.length; i += step) index.push(i);
  if (index[index.length - 1] !== items.length - 1 && items.length > 0) index.push(items.length - 1);
  return { index, items: index.map((i) => items[i]) };
}

export function weightPathOption(dates: string[], legs: string[], weights: number[][]): ChartOption {
  const { index } = thin(dates);
  return {
    animation: false,
    color: COLORS,
    grid: { left: 16, right: 24, top: 36, bottom: 48, containLabel: true },
    legend: { top: 4, data: legs },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: number) => formatText(v, 'percent') },
    xAxis: { type: 'category', data: index.map((i) => dates[i]), boundaryGap: false, axisLabel: { color: '#475569' } },
    yAxis: { type: 'value', min: 0, max: 1, name: 'Weight', axisLabel: { color: '#475569', formatter: (v: number) => `${Math.round(v * 100)}%` } },
    dataZoom: [{ type: 'inside', throttle: 50 }, { type: 'slider', height: 18, bottom: 6 }],
    series: legs.map((leg, l) => ({ name: leg, type: 'line', stack: 'weights', areaStyle: { opacity: 0.55 }, showSymbol: false, lineStyle: { width: 1 }, data: index.map((i) => weights[i][l]) })),
  };
}

export function equityOption(dates: string[], model: number[], baselines: { name: string; curve: number[] }[]): ChartOption {
  const { index } = thin(dates);
  const series = [{ name: 'Learned model', curve: model }, ...baselines];
  return {
    animation: false,
    color: ['#111827', ...COLORS],
    grid: { left: 16, right: 24, top: 36, bottom: 48, containLabel: true },
    legend: { top: 4, data: series.map((s) => s.name) },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: number) => formatText(v, 'ratio') },
    xAxis: { type: 'category', data: index.map((i) => dates[i]), boundaryGap: false, axisLabel: { color: '#475569' } },
    yAxis: { type: 'log', name: 'Equity (start = 1)', axisLabel: { color: '#475569' } },
    dataZoom: [{ type: 'inside', throttle: 50 }, { type: 'slider', height: 18, bottom: 6 }],
    series: series.map((s, k) => ({ name: s.name, type: 'line', showSymbol: false, lineStyle: { width: k === 0 ? 2.5 : 1.4 }, data: index.map((i) => s.curve[i]) })),
  };
}
