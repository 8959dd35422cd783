/**
 * ECharts with only the pieces the app uses (line charts on a grid, tooltips, data zoom, marked lines and areas,
 * canvas renderer), registered once, to keep the bundle small.
 */
import { LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TooltipComponent, DataZoomComponent, MarkLineComponent, MarkAreaComponent, LegendComponent, CanvasRenderer]);

export { echarts };
