/**
 * The conventions of a live-vs-backtest comparison in words (the page's tooltips, the CLI's
 * text output and the report's footnotes), for the options it ran with. docs/conventions.md
 * "Live vs backtest" says the same.
 */
import { multiplierRule } from './multiplier';
import type { ResolvedCompareOptions } from './types';

export function liveConventions(o: ResolvedCompareOptions): string[] {
  return [
    'Window: the overlap of the two logs’ open dates; trades opened outside it are counted apart, not as misses.',
    `Matching: a live trade pairs with a backtest trade of its mapped strategy opened the same day within ${o.toleranceMinutes} minutes and of the same position shape (puts/calls, sold/bought); one-to-one, the most pairs, then the least sum of squared time differences (which keeps same-day trades in order). Unpaired: live only, or backtest only (not traded live).`,
    'Premiums in dollars per contract (live Initial Premium × 100; backtest Premium as imported). Slippage = live − backtest: positive means a better live fill (more credit, less debit).',
    'P/L per contract = P/L / contracts; strategy P/L sums run over matched pairs with both trades closed. Fill rate = matched / (matched + backtest only).',
    `Drift: the live P/L per contract summed over n matched closed trades, against ${o.sims} sums of n backtest trades (P/L per contract) drawn by stationary block bootstrap (mean block ${o.meanBlockLength ?? 'round(∛ backtest trades)'}, seed ${o.seed}); percentile = share of sums below the live sum (ties half); drifting below ${o.driftPercentile}; needs ${o.minDriftTrades} pairs.`,
    multiplierRule(o.driftPercentile, o.cutPercentile),
  ];
}
