/**
 * What a Monte Carlo run simulated, in words (SPEC §5), and the convention behind each of
 * its numbers. Every card and chart on the Risk page carries the run's description in its
 * tooltip, so a number can be reproduced (e.g. "percent mode: per-trade return on equity
 * before the trade, compounding; stationary block bootstrap, mean block 7; …").
 */
import type { MonteCarloConfig } from '../../../core/montecarlo';
import { formatText } from '../format';

const count = (n: number) => formatText(n, 'count');

function modeText(config: MonteCarloConfig, sizingLabel: string): string {
  switch (config.mode) {
    case 'percent':
      return 'percent mode: per-trade return on equity before the trade (P/L ÷ (Funds at Close − P/L), else ÷ running equity), compounding: equity × (1 + r), 0 absorbs';
    case 'daily':
      return "daily mode: daily returns of the log's business-day curve (P/L of the day ÷ equity of the day before), compounding";
    case 'dollar': {
      const contracts = config.sizing.kind === 'fixed' ? `${count(config.sizing.contracts)} contract${config.sizing.contracts === 1 ? '' : 's'} per trade` : `floor(equity × ${config.sizing.contractsPerDollar.toPrecision(3)}) contracts`;
      return `dollar mode: per-contract P/L × contracts of "${sizingLabel}" (${contracts}; rule estimates from the whole log); equity ≤ 0 absorbs`;
    }
  }
}

/** One sentence naming every choice of the run. */
export function describeRun(config: MonteCarloConfig, sizingLabel: string): string {
  const resample = config.resample === 'block' ? `stationary block bootstrap, mean block ${Number(config.meanBlockLength.toFixed(2))}` : 'i.i.d. bootstrap';
  const unit = config.mode === 'daily' ? 'business days' : 'trades';
  const worst = config.worstCaseShare > 0 ? `; ${formatText(config.worstCaseShare, 'percent')} of steps replaced by the worst outcome (${config.mode === 'dollar' ? formatText(config.worstCaseValue, 'money') : formatText(config.worstCaseValue, 'percent')})` : '';
  return (
    `${modeText(config, sizingLabel)}; ${resample} from ${count(config.pool.length)} outcomes; horizon ${count(config.horizon)} ${unit}; ` +
    `${count(config.paths)} paths, seed ${config.seed}; start ${formatText(config.startingCapital, 'money')}${worst}; ruin = equity ≤ ${formatText(config.ruinLevel, 'percent')} of start at any step.`
  );
}

export const riskConventions = {
  median: 'Median (P50) of equity at the horizon over all paths; percentiles interpolate linearly between order statistics.',
  range: 'P5 and P95 of equity at the horizon: 90% of paths end between them.',
  probProfit: 'Share of paths ending above the starting capital.',
  probRuin: 'Share of paths whose equity touched the ruin level at any step (they keep running after it).',
  drawdownAtLeast: 'Share of paths whose max drawdown is at least 10 / 20 / 30 / 50%. Max drawdown of a path = max over steps of (peak − equity) / peak, the peak starting at the starting capital.',
  maxDrawdown: 'Median max drawdown over paths, with P5 and P95.',
  medianCagr: 'Median CAGR = (median final / start)^(steps per year / horizon) − 1, steps per year from the sample (trades per calendar year, or 252 business days).',
  medianCagrNull: 'Undefined: the sample spans no time, so a year has no number of steps.',
  fan: 'Percentiles of equity at each checkpoint (P5–P95 band, P25–P75 band, P50 line) and the first 20 simulated paths (grey).',
  finalHistogram: 'Final equity of all paths in 40 equal bins from P1 to P99 (paths outside fall into the end bins).',
  drawdownHistogram: 'Max drawdown of all paths in bins of 2 percentage points.',
  sizing: 'Percent and daily modes resample the log’s own returns on equity, so they simulate the sizing as logged. Dollar mode simulates any other rule: per-contract P/L × the rule’s contracts.',
} as const;
