/**
 * Issue 18 §7 benchmarks: (1) the drawdown-target search (core/sizing/drawdown-target) on the
 * portfolio of the 4,081-trade class (test/fixtures/optionomega/nineteen-strategies.csv), 20,000
 * paths, 20% in 252 business days at 95% — target ≤ 2 s on the pool; (2) the Kelly band
 * (core/sizing/kelly-band), 2,000 draws on 10,000 trades (the same log's returns resampled,
 * seeded) — target ≤ 0.5 s. Warm figures are medians of 3 (the pool kept, as the app keeps it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importText } from '../../core/import';
import { Xoshiro128 } from '../../core/random';
import { analyzeSizing, returnsInRiskUnits } from '../../core/sizing';
import { inProcessCounter, searchDrawdownTarget, type DrawdownCounter, type DrawdownTargetSpec } from '../../core/sizing/drawdown-target';
import { kellyBand } from '../../core/sizing/kelly-band';
import { horizonTrades } from '../../core/app/sizing-targets';
import { computeWorkerBundle } from '../../workers/pool-node-bundle';
import { createNodeComputePool } from '../../workers/pool-node';
import { loadNote, median, runsText, time } from './bench-util';

const path = fileURLToPath(new URL('../fixtures/optionomega/nineteen-strategies.csv', import.meta.url));
const imported = await importText('nineteen-strategies.csv', readFileSync(path, 'utf8'));
if (!imported.ok || !('trades' in imported)) throw new Error('nineteen-strategies fixture did not import');
const trades = imported.trades;
const closed = trades.filter((t) => t.dateClosed !== null);
const portfolio = analyzeSizing(trades, { capital: 1_000_000, fraction: 0.5 }).portfolio;
const returns = returnsInRiskUnits(closed, portfolio.riskBasis, portfolio.riskPerContract);
const spec: DrawdownTargetSpec = { returns, target: 0.2, alpha: 0.05, horizon: horizonTrades(closed, { value: 252, unit: 'days' }), paths: 20_000, seed: 1 };
console.log(`drawdown target: ${trades.length} trades (${returns.length} closed), horizon ${spec.horizon} trades, ${spec.paths.toLocaleString('en-US')} paths`);

await computeWorkerBundle();
const pool = createNodeComputePool(2);
const onPool = (s: DrawdownTargetSpec): DrawdownCounter => async (candidates, paths) => {
  const outcome = await pool.drawdownFirstHits(s, candidates, paths);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
};
let fraction = 0;
const search = (count: (s: DrawdownTargetSpec) => DrawdownCounter) => async () => {
  const outcome = await searchDrawdownTarget(spec, count(spec));
  if (!outcome.ok) throw new Error(outcome.reason);
  fraction = outcome.value.fraction;
};
const cold = await time(search(onPool));
const warm = await median(3, search(onPool));
pool.dispose();
const thread = await median(3, search(inProcessCounter));
console.log(`2-worker pool: warm ${warm.wallMs.toFixed(0)} ms wall-clock (median of 3: ${runsText(warm.runsMs)}), ${warm.cpuMs.toFixed(0)} ms CPU; cold incl. worker start ${cold.wallMs.toFixed(0)} ms — target ≤ 2,000 ms`);
console.log(`one thread: ${thread.wallMs.toFixed(0)} ms (median of 3: ${runsText(thread.runsMs)}); fraction found ${fraction.toFixed(6)} (risk units)`);

const rng = new Xoshiro128(10_000);
const big = Array.from({ length: 10_000 }, () => returns[rng.nextIndex(returns.length)]);
const band = await median(3, () => {
  const outcome = kellyBand(big, 2000, 7);
  if (!outcome.ok) throw new Error(outcome.reason);
});
console.log(`Kelly band, 2,000 draws on 10,000 trades: ${band.wallMs.toFixed(0)} ms (median of 3: ${runsText(band.runsMs)}) — target ≤ 500 ms`);
console.log(loadNote());
