/**
 * The ECharts pieces the Replay and Risk pages add to the shared setup: bar charts
 * (ending balances, histograms) and the legend of overlaid curves.
 */
import { BarChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import { echarts } from '../components/echarts-setup';

echarts.use([BarChart, LegendComponent]);
