import * as echarts from 'echarts';
const opt = {
  animation: false,
  xAxis: { type: 'value', min: 0, max: 0.0626 },
  yAxis: { type: 'value' },
  grid: { left: 0, right: 0, top: 0, bottom: 0 },
  series: [{ type: 'line', data: [[0, 0], [0.03, 1], [0.0626, 0]], markLine: { symbol: 'none', data: [{ xAxis: 0.0261, label: { show: false } }, { xAxis: 0.0313, label: { show: false } }] } }],
};
const chart = echarts.init(null as any, null as any, { renderer: 'svg', ssr: true, width: 626, height: 100 });
chart.setOption(opt);
const svg = chart.renderToSVGString();
console.log(svg.match(/<path d="M[^"]*"[^>]*stroke-dasharray[^>]*>/g));
