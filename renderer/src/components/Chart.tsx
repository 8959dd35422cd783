/**
 * An ECharts canvas that follows its container's size (ResizeObserver) and replaces its
 * option whenever the option object changes.
 *
 * Drawing is kept off React's commit: each chart's setOption runs in a task of its own
 * (chart-scheduler), so a page that commits three charts at once blocks the UI thread for
 * the longest chart, not for the commit plus all of them (issue 9: no task over 100 ms).
 * In the dark theme the option's greys are mapped to dark ones (../theme/chart-theme).
 */
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-options';
import { cancelChartWork, scheduleChartWork } from './chart-scheduler';
import { echarts } from './echarts-setup';
import { themedChartOption } from '../theme/chart-theme';
import { useTheme } from '../theme/theme';

export function Chart({ option, label, height = 280 }: { option: ChartOption; label: string; height?: number }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const key = useRef({});
  const { theme } = useTheme();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const owner = key.current;
    const observer = new ResizeObserver(() => scheduleChartWork(owner, 'resize', () => instance.resize()));
    observer.observe(element);
    return () => {
      cancelChartWork(owner);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const themed = themedChartOption(option, theme);
    scheduleChartWork(key.current, 'option', () => chart.current?.setOption(themed, { notMerge: true }));
  }, [option, theme]);

  return <div ref={container} className="chart" role="img" aria-label={label} style={{ height }} />;
}
