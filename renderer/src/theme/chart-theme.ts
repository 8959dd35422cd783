/**
 * Dark versions of the app's chart options. The option builders (components/chart-options,
 * risk, sizing, replay, live charts) write light-theme colours; `themedChartOption` maps the
 * greys of axes, labels and grid lines to their dark counterparts (series colours stay: they
 * read on both backgrounds), gives the canvas a transparent background (the panel's colour
 * shows through) and dark tooltips. The light theme returns the option unchanged.
 */
import type { ChartOption } from '../components/chart-options';
import type { Theme } from './theme';

/** Light-theme greys → dark-theme greys (text stays readable, grid lines recede). */
const DARK_COLORS: Record<string, string> = {
  '#475569': '#a3aec0',
  '#64748b': '#94a3b8',
  '#334155': '#cbd5e1',
  '#0f172a': '#e5e9f0',
  '#94a3b8': '#64748b',
  '#e2e8f0': '#263246',
  '#4b5563': '#9ca3af',
  'rgba(255, 255, 255, 0.85)': 'rgba(21, 30, 46, 0.85)',
  'rgba(100, 116, 139, 0.35)': 'rgba(148, 163, 184, 0.35)',
};

const TEXT = '#e5e9f0';
const MUTED = '#a3aec0';

function mapColors(value: unknown): unknown {
  if (typeof value === 'string') return DARK_COLORS[value.toLowerCase()] ?? value;
  if (Array.isArray(value)) return value.map(mapColors);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapColors(inner)]));
  }
  return value;
}

/** An option object's property as an object (or an array of them), for adding defaults. */
function withDefaults(value: unknown, defaults: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => withDefaults(item, defaults));
  if (value !== null && typeof value === 'object') return { ...defaults, ...(value as Record<string, unknown>) };
  return value;
}

export function themedChartOption(option: ChartOption, theme: Theme): ChartOption {
  if (theme === 'light') return option;
  const mapped = mapColors(option) as ChartOption;
  return {
    ...mapped,
    backgroundColor: 'transparent',
    textStyle: { color: TEXT, ...(mapped.textStyle as object | undefined) },
    ...(mapped.tooltip ? { tooltip: withDefaults(mapped.tooltip, { backgroundColor: '#1f2937', borderColor: '#374151', textStyle: { color: TEXT } }) } : {}),
    ...(mapped.legend ? { legend: withDefaults(mapped.legend, { textStyle: { color: MUTED }, pageTextStyle: { color: MUTED } }) } : {}),
    ...(mapped.dataZoom
      ? { dataZoom: withDefaults(mapped.dataZoom, { textStyle: { color: MUTED }, fillerColor: 'rgba(59, 130, 246, 0.2)', dataBackground: { lineStyle: { color: '#64748b' }, areaStyle: { color: '#334155' } } }) }
      : {}),
  };
}
