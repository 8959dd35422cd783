/**
 * Live vs backtest in the compute worker (issue 14): the whole comparison — matching and the
 * drift bootstraps of 20 strategies × 10,000 sums — as the app runs it, through
 * ComputePool.compareLive on a Node worker (core/app runLivePlan in the worker; the 5,000 +
 * 2,000 trades are copied in, the comparison with its 5,000 pair rows copied back). Workload:
 * live-workload.ts. Target: drift for 20 strategies with 10,000 draws each < 1 s in the
 * workers. First call (worker start-up included), then the median of 5 warm calls.
 */
import type { LivePlan } from '../../core/app/live';
import { createNodeComputePool } from '../../workers/pool-node';
import { loadNote, median, runsText, time } from './bench-util';
import { backtest, live, SIMS } from './live-workload';

const pool = createNodeComputePool(1);
const plan: LivePlan = { backtest, live, options: { sims: SIMS, seed: 1 }, warnings: [] };
let drifted = 0;
const call = async () => {
  const outcome = await pool.compareLive(plan);
  if (!outcome.ok) throw new Error(outcome.message);
  drifted = outcome.value.strategies.filter((s) => s.driftPercentile !== null).length;
};
const cold = await time(call);
console.log(`first call (worker start-up included): ${cold.wallMs.toFixed(0)} ms wall; ${drifted} strategies with a drift percentile`);
const warm = await median(5, call);
console.log(`compareLive on the compute worker, ${backtest.length} × ${live.length} trades, ${SIMS} sims: ${warm.wallMs.toFixed(0)} ms wall (median of 5: ${runsText(warm.runsMs)}), ${warm.cpuMs.toFixed(0)} ms CPU over all threads — target (drift) < 1 s`);
console.log(loadNote());
pool.dispose();
