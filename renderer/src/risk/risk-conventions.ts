/**
 * What a Monte Carlo run simulated, in words (SPEC §5), and the convention behind each of
 * its numbers. Every card and chart on the Risk page carries the run's description in its
 * tooltip, so a number can be reproduced (e.g. "percent mode: per-trade return on equity
 * before the trade, compounding; stationary block bootstrap, mean block 7; …").
 */
import type { MonteCarloConfig, MonteCarloMode } from '../../../core/montecarlo';
import type { SizingRule } from '../../../core/replay';
import { DRAWDOWN_FROM_PEAK, ruinInWords } from '../../../core/format/conventions';
import { formatText } from '../../../core/format/number';

const count = (n: number) => formatText(n, 'count');

function modeText(config: MonteCarloConfig, sizingLabel: string): string {
  const sizing = `sizing "${sizingLabel}" (${config.rule}): ${config.sizingConvention}`;
  switch (config.mode) {
    case 'percent':
      return `percent mode: per-trade return on equity before the trade, compounding: equity × (1 + r), 0 absorbs; ${sizing}`;
    case 'daily':
      return `daily mode: daily returns (P/L of the day ÷ equity of the day before), compounding; ${sizing}`;
    case 'dollar':
      return `dollar mode: ${sizing}; rule estimates from the whole log; equity ≤ 0 absorbs`;
  }
}

/** How the chosen rule enters a mode, in one line under the sizing picker (null rule: not parsed yet). */
export function sizingHint(mode: MonteCarloMode, rule: SizingRule | null): string {
  const asLogged = rule?.kind === 'log';
  switch (mode) {
    case 'percent':
      return asLogged ? 'Resamples the log’s own per-trade returns on equity.' : 'The rule is replayed on the log; its per-trade returns on equity are resampled.';
    case 'daily':
      return asLogged ? 'Resamples the daily returns of the log’s own curve.' : 'The rule is replayed on the log; its daily returns are resampled.';
    case 'dollar':
      return asLogged ? 'Each resampled trade keeps its logged contracts (dollar P/L as recorded).' : 'Per-contract P/L × the rule’s contracts at each step of the path.';
  }
}

/** The injected worst cases, "−12.0% to −3.5%" (per contract in dollar mode), or one value when they agree. */
function worstRange(config: MonteCarloConfig): string {
  const format = (value: number) => formatText(value, config.mode === 'dollar' ? 'money' : 'percent');
  const low = config.worstByEntry.reduce((a, v) => Math.min(a, v), Infinity);
  const high = config.worstByEntry.reduce((a, v) => Math.max(a, v), -Infinity);
  const range = low === high ? format(low) : `${format(low)} to ${format(high)}`;
  return config.mode === 'dollar' ? `${range} per contract` : range;
}

/** One sentence naming every choice of the run. */
export function describeRun(config: MonteCarloConfig, sizingLabel: string): string {
  const resample = config.resample === 'block' ? `stationary block bootstrap, mean block ${Number(config.meanBlockLength.toFixed(2))}` : 'i.i.d. bootstrap';
  const unit = config.mode === 'daily' ? 'business days' : 'trades';
  const worst = config.worstCaseShare > 0 ? `; ${formatText(config.worstCaseShare, 'percent')} of steps replaced by their strategy's worst loss (${worstRange(config)})` : '';
  return (
    `${modeText(config, sizingLabel)}; ${resample} from ${count(config.pool.length)} outcomes; horizon ${count(config.horizon)} ${unit}; ` +
    `${count(config.paths)} paths, seed ${config.seed}; start ${formatText(config.startingCapital, 'money')}${worst}; ruin = equity ${ruinInWords(config.ruinLevel)} at any step.`
  );
}

export const riskConventions = {
  median: 'Median (P50) of equity at the horizon over all paths; percentiles interpolate linearly between order statistics.',
  range: 'P5 and P95 of equity at the horizon: 90% of paths end between them.',
  probProfit: 'Share of paths ending above the starting capital.',
  probRuin: 'Share of paths whose equity touched the ruin level at any step (they keep running after it).',
  drawdownAtLeast: `Share of paths whose max drawdown is at least 10 / 20 / 30 / 50%. Max drawdown of a path = max over steps of ${DRAWDOWN_FROM_PEAK}.`,
  maxDrawdown: 'Median max drawdown over paths, with P5 and P95.',
  medianCagr: 'Median CAGR = (median final / start)^(steps per year / horizon) − 1, steps per year from the sample (trades per calendar year, or 365.25 · 5 / 7 ≈ 260.9 Mon–Fri days a year in daily mode).',
  medianCagrNull: 'Undefined: the sample spans no time, so a year has no number of steps.',
  fan: 'Percentiles of equity at each checkpoint (P5–P95 band, P25–P75 band, P50 line) and the first 20 simulated paths (grey).',
  finalHistogram: 'Final equity of all paths in 40 equal bins from P1 to P99 (paths outside fall into the end bins).',
  drawdownHistogram: 'Max drawdown of all paths in bins of 2 percentage points.',
  sizing:
    'Every mode simulates the chosen rule. Percent: the rule is replayed on the log from the starting capital and its per-trade returns on equity are resampled ("As logged" resamples the log’s own returns). Daily: the daily returns of that replay. Dollar: per-contract P/L × the contracts the rule gives at each step of the path (log: each trade’s logged contracts; vol-target: the trade’s own trailing volatility). Rule estimates (average or max loss, Kelly, optimal f) come from the whole log; trades the rule cannot size leave the pool (see the warnings).',
} as const;
