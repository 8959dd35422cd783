/**
 * Report section: Monte Carlo (core/montecarlo, SPEC-metrics §5) — a fan chart of equity
 * percentiles (P5–P95 and P25–P75 bands, median line) at the checkpoints, a risk table
 * (final equity percentiles, probability of profit, ruin and drawdown probabilities,
 * median CAGR and max drawdown) and the line stating how the paths were simulated.
 */
import { ruinInWords } from '../conventions';
import type { MonteCarloConfig } from '../../montecarlo';
import { money, percent } from '../cells';
import { formatNumber } from '../format';
import { defineSection } from '../section';
import type { ReportCell } from '../types';

const stepUnit = (config: MonteCarloConfig) => (config.mode === 'daily' ? 'business days' : 'trades');
/** A level such as 0.5 or 0.1 as "50%", "10%" (thresholds are round; no trailing decimals). */
const levelText = (level: number) => `${Math.round(level * 1000) / 10}%`;

/** Mode, resampling, block length, horizon, paths, seed and ruin level of a run, in one line. */
export function monteCarloConventionLine(config: MonteCarloConfig): string {
  const unit = stepUnit(config);
  const resampling =
    config.resample === 'block'
      ? `stationary block bootstrap (Politis & Romano), mean block length ${formatNumber(config.meanBlockLength, 'integer')} ${unit}`
      : 'i.i.d. bootstrap (each step drawn independently)';
  const sampleLength = config.horizon === config.pool.length ? " (the sample's length)" : '';
  return (
    `${config.mode[0].toUpperCase()}${config.mode.slice(1)} mode (${config.sizingConvention}); ${resampling}; horizon ${formatNumber(config.horizon, 'integer')} ${unit}${sampleLength}; ` +
    `${formatNumber(config.paths, 'integer')} paths, seed ${config.seed}; ruin = equity ${ruinInWords(config.ruinLevel)}, start ${formatNumber(config.startingCapital, 'money')}.`
  );
}

export const monteCarloSection = defineSection({
  id: 'montecarlo',
  title: 'Monte Carlo',
  description: 'Resampled equity paths: fan chart of percentiles and risk of loss, ruin and drawdown',
  isAvailable: (input) => input.montecarlo !== undefined,
  unavailableReason: () => 'the Monte Carlo simulation was not run for this report',
  build: ({ montecarlo }) => {
    const { config, summary, warnings } = montecarlo!;
    const drawdownRows: [string, ReportCell][] = (['0.1', '0.2', '0.3', '0.5'] as const).map((level) => [
      `P(max drawdown ≥ ${levelText(Number(level))})`,
      percent(summary.probDrawdownAtLeast[level]),
    ]);
    const rows: [string, ReportCell][] = [
      ['Starting capital', money(summary.startingCapital)],
      ['Median final equity', money(summary.finalValue.p50)],
      ['P5 final equity', money(summary.finalValue.p5)],
      ['P95 final equity', money(summary.finalValue.p95)],
      ['Probability of profit', percent(summary.probProfit)],
      [`P(ruin: equity ${ruinInWords(config.ruinLevel)})`, percent(summary.probRuin)],
      ...drawdownRows,
      ['Median CAGR', percent(summary.medianCagr)],
      ['Median max drawdown', percent(summary.maxDrawdown.p50)],
    ];
    return {
      tables: [{ id: 'montecarlo-risk', title: 'Monte Carlo risk', columns: [{ label: 'Measure', align: 'left' }, { label: 'Value', align: 'right' }], rows }],
      charts: [
        {
          id: 'montecarlo-fan',
          title: `Equity percentiles across ${formatNumber(summary.paths, 'integer')} simulated paths, by ${stepUnit(config).replace(/s$/, '')}`,
          xAxis: 'value',
          yFormat: 'money',
          series: [
            { name: 'P5–P95', type: 'band', points: summary.fan.map((f) => [f.step, f.p5, f.p95]) },
            { name: 'P25–P75', type: 'band', points: summary.fan.map((f) => [f.step, f.p25, f.p75]) },
            { name: 'Median', type: 'line', points: summary.fan.map((f) => [f.step, f.p50]) },
          ],
        },
      ],
      notes: [monteCarloConventionLine(config), ...warnings],
    };
  },
  conventions: () => [
    "Monte Carlo: paths resample the sample's own outcomes (mode, resampling, horizon, paths and seed are stated in its section); percentiles interpolate linearly between order statistics; ruin and max drawdown are measured at every step (paths continue after ruin); median CAGR = (median final / start)^(steps per year / horizon) − 1.",
  ],
});
