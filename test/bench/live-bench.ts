/**
 * Live vs backtest benchmark (issue 14): 5,000 backtest trades × 2,000 live trades.
 * 20 strategies; each backtest strategy trades twice a day (about 10:00 and 13:00) on 125
 * business days (250 trades); each live strategy trades 50 of those days, both entries, 0–40
 * minutes after the backtest (so a quarter fall outside the 30-minute tolerance) — 100 live
 * trades per strategy. P/Ls resample the EMA sample's per-contract P/L (seeded).
 * Targets: matching (compareLive with drift switched off: mapping proposal, window, per-day
 * optimal matching, pair rows, strategy summaries) < 100 ms; drift for 20 strategies ×
 * 10,000 bootstrap sums each < 1 s. Single thread (the core figure; a worker pool would split
 * strategies). Each figure is the median of 5 runs after one warm-up run.
 */
import { bootstrapDrift, compareLive } from '../../core/live';
import type { Trade } from '../../core/model';
import { loadNote, median, runsText } from './bench-util';
import { backtest, live, SIMS, STRATEGIES } from './live-workload';

const run = (options: Parameters<typeof compareLive>[2]) => {
  const outcome = compareLive(backtest, live, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.comparison;
};
const noDrift = { minDriftTrades: Number.MAX_SAFE_INTEGER };
const sample = run(noDrift);
const matched = sample.strategies.reduce((a, s) => a + s.matched, 0);
console.log(`${backtest.length} backtest × ${live.length} live trades, ${STRATEGIES} strategies: ${matched} matched, ${sample.strategies.reduce((a, s) => a + s.liveOnly, 0)} live only, ${sample.strategies.reduce((a, s) => a + s.backtestOnly, 0)} backtest only`);

const matching = await median(5, () => run(noDrift));
console.log(`matching (compareLive without drift): ${matching.wallMs.toFixed(1)} ms wall (median of 5: ${runsText(matching.runsMs)}), ${matching.cpuMs.toFixed(1)} ms CPU — target < 100 ms`);

// Drift alone: each strategy's matched live sum against 10,000 bootstrap sums of its backtest.
const byStrategy = new Map<string, Trade[]>();
for (const t of backtest) byStrategy.set(t.strategy, [...(byStrategy.get(t.strategy) ?? []), t]);
const drift = () => {
  for (const s of sample.strategies) {
    const outcome = bootstrapDrift(byStrategy.get(s.name as string) as Trade[], s.livePlPerContract as number, s.closedPairs, { sims: SIMS, seed: 1, meanBlockLength: null });
    if (!outcome.ok) throw new Error(outcome.reason);
  }
};
drift();
const driftTiming = await median(5, drift);
const steps = sample.strategies.reduce((a, s) => a + s.closedPairs, 0) * SIMS;
console.log(`drift ${STRATEGIES} strategies × ${SIMS} bootstrap sums (${(steps / 1e6).toFixed(1)} M draws): ${driftTiming.wallMs.toFixed(0)} ms wall (median of 5: ${runsText(driftTiming.runsMs)}), ${driftTiming.cpuMs.toFixed(0)} ms CPU, single thread — target < 1 s`);

const whole = await median(5, () => run({}));
console.log(`whole compareLive (matching + drift, default 10,000 sims): ${whole.wallMs.toFixed(0)} ms wall (median of 5: ${runsText(whole.runsMs)})`);
console.log(loadNote());
