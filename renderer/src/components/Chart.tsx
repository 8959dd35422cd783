/**
 * An ECharts canvas that follows its container's size (ResizeObserver) and replaces its
 * option whenever the option object changes.
 */
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-options';
import { echarts } from './echarts-setup';

export function Chart({ option, label, height = 280 }: { option: ChartOption; label: string; height?: number }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} className="chart" role="img" aria-label={label} style={{ height }} />;
}
