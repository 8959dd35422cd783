/**
 * One chart of a Monte Carlo run on the Risk page: its title, a tooltip with the chart's
 * convention followed by the run's description, and the chart once the option is built.
 */
import { Chart } from '../components/Chart';
import type { ChartOption } from '../components/chart-options';
import { InfoTip } from '../components/InfoTip';

interface RunChartPanelProps {
  /** The region's accessible name. */
  region: string;
  title: string;
  convention: string;
  /** The run's description (describeRun). */
  description: string;
  /** How the tooltip button names the chart ("the fan chart"). */
  tipLabel: string;
  option: ChartOption | null;
  chartLabel: string;
  height: number;
}

export function RunChartPanel({ region, title, convention, description, tipLabel, option, chartLabel, height }: RunChartPanelProps) {
  return (
    <section className="panel" aria-label={region}>
      <div className="panel-head">
        <h2 className="panel-title">{title}</h2>
        <InfoTip text={`${convention} Run: ${description}`} label={tipLabel} />
      </div>
      {option && <Chart option={option} label={chartLabel} height={height} />}
    </section>
  );
}
