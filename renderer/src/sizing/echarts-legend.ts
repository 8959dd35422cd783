/** Registers the ECharts legend (the Sizing charts show several series) next to the shared setup. */
import { LegendComponent } from 'echarts/components';
import { echarts } from '../components/echarts-setup';

echarts.use([LegendComponent]);
