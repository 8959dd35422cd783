/**
 * One report chart drawn by ECharts with the SVG renderer (sharp in the PDF), animation
 * off. Calls `onFinished` once, on the first 'finished' event, for the ready signal.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ReportChart as ReportChartData } from '../../../core/report';
import { chartOption } from './chart-option';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export function ReportChart({ chart, onFinished }: { chart: ReportChartData; onFinished: () => void }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const instance = echarts.init(container.current, null, { renderer: 'svg' });
    let reported = false;
    instance.on('finished', () => {
      if (reported) return;
      reported = true;
      onFinished();
    });
    instance.setOption(chartOption(chart));
    return () => instance.dispose();
  }, [chart, onFinished]);

  return (
    <figure className="report-chart" data-chart-id={chart.id}>
      <figcaption>{chart.title}</figcaption>
      <div ref={container} className="report-chart-canvas" />
    </figure>
  );
}
