/**
 * Learned allocator (issue 13 "Performance"): SPY/QQQ 1999–2025 (resources/market), the 21-bucket
 * grid (0.05), 8 outer × 3 inner folds with the default configurations, run as the app runs it —
 * ComputePool.runLearn on two Node compute workers (the outer folds spread over them), progress
 * on. Target: < 60 s wall on this machine. One run (it is long); CPU time is over all threads.
 */
import { readFileSync } from 'node:fs';
import { legInputs } from '../../core/app/learn';
import { DEFAULT_LEARN_OPTIONS } from '../../core/learn';
import { createNodeComputePool } from '../../workers/pool-node';
import { loadNote, time } from './bench-util';

const files = ['SPY', 'QQQ'].map((s) => ({ file: `${s}.csv`, text: readFileSync(`resources/market/${s}.csv`, 'utf8') }));
const inputs = legInputs(files);
if (!inputs.ok) throw new Error(inputs.message);
const pool = createNodeComputePool(2);
let last = '';
let verdict = '';
const run = await time(async () => {
  const outcome = await pool.runLearn(inputs.inputs, DEFAULT_LEARN_OPTIONS, (done, total) => {
    last = `${done}/${total}`;
  });
  if (!outcome.ok) throw new Error(outcome.message);
  verdict = `${outcome.value.verdict}, ${outcome.value.oos.days} out-of-sample days, ${outcome.value.trials} trials`;
});
console.log(`learned allocator SPY/QQQ, 21 buckets, 8 outer × 3 inner folds, 2 workers: ${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU over all threads (progress ${last}; ${verdict}) — target < 60 s`);
console.log(loadNote());
pool.dispose();
