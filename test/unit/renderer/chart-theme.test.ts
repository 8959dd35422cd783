// Dark mode (issue 15): the theme follows the system unless chosen, and a chart option's axis and
// grid greys become dark-theme greys while the series colours and the data stay as they are.
import { describe, expect, it } from 'vitest';
import { equityChartOption } from '../../../renderer/src/components/chart-options';
import { themedChartOption } from '../../../renderer/src/theme/chart-theme';
import { resolveTheme, themePreferenceSchema } from '../../../renderer/src/theme/theme';

const curve = [
  { date: '2025-01-02', equity: 100756, drawdown: 0 },
  { date: '2025-01-03', equity: 99346, drawdown: 0.013994 },
];

describe('theme preference', () => {
  it('follows the system unless light or dark is chosen', () => {
    expect([resolveTheme('system', true), resolveTheme('system', false), resolveTheme('light', true), resolveTheme('dark', false)]).toEqual(['dark', 'light', 'light', 'dark']);
  });
  it('accepts only the three stored values', () => {
    expect(themePreferenceSchema.safeParse('dark').success).toBe(true);
    expect(themePreferenceSchema.safeParse('sepia').success).toBe(false);
  });
});

describe('themedChartOption', () => {
  const light = equityChartOption(curve, 100000);
  it('leaves the light option unchanged', () => {
    expect(themedChartOption(light, 'light')).toBe(light);
  });
  it('maps axis label and grid greys, keeps series colours and data, and darkens the tooltip', () => {
    const dark = themedChartOption(light, 'dark') as Record<string, any>;
    expect(dark.yAxis.axisLabel.color).toBe('#a3aec0');
    expect(dark.yAxis.splitLine.lineStyle.color).toBe('#263246');
    expect(dark.series[0].lineStyle.color).toBe('#2563eb');
    expect(dark.series[0].data).toEqual([100756, 99346]);
    expect(dark.backgroundColor).toBe('transparent');
    expect(dark.tooltip.backgroundColor).toBe('#1f2937');
    expect(typeof dark.tooltip.formatter).toBe('function');
  });
});
