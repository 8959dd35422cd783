/**
 * Monte Carlo benchmark (issue 4): 10,000 paths × 4,081 trades, percent mode, stationary
 * block bootstrap, 500 checkpoints. The 4,081-trade pool resamples the EMA sample's
 * per-trade returns (seeded). Targets: < 0.3 s wall-clock on the 2-worker pool, < 150 MB
 * peak memory, ≥ 150 million trade-steps/s single-thread.
 *
 * The worker pool runs first, in a fresh process (its peak memory is the figure that
 * counts): cold = spawning the workers (prebuilt bundle) plus the first run; warm = the
 * same pool again (as the app and CLI keep it), median of 3. Then the kernel alone on
 * this thread (median of 3) and the summary step.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMonteCarloConfig, simulateChunk, summarize, type MonteCarloConfig } from '../../core/montecarlo';
import { importText } from '../../core/import';
import { Xoshiro128 } from '../../core/random';
import { computeWorkerBundle } from '../../workers/pool-node-bundle';
import { createNodeComputePool } from '../../workers/pool-node';
import { loadNote, median, peakRssMb, rssMb, runsText, time } from './bench-util';

const PATHS = 10_000;
const TRADES = 4081;

const path = fileURLToPath(new URL('../fixtures/optionomega/ema-tradelog.csv', import.meta.url));
const imported = await importText('ema-tradelog.csv', readFileSync(path, 'utf8'));
if (!imported.ok || !('trades' in imported)) throw new Error('EMA fixture did not import');
const ema = buildMonteCarloConfig(imported.trades, { mode: 'percent', resample: 'block', paths: 1, seed: 1 });
if (!ema.ok) throw new Error(ema.message);
const rng = new Xoshiro128(4081);
const pool = Array.from({ length: TRADES }, () => ema.config.pool[rng.nextIndex(ema.config.pool.length)]);
const config: MonteCarloConfig = {
  ...ema.config,
  pool,
  horizon: TRADES,
  paths: PATHS,
  seed: 2025,
  meanBlockLength: Math.round(Math.cbrt(TRADES)),
  checkpoints: 500,
};
const steps = PATHS * TRADES;
const mSteps = (ms: number) => (steps / ms / 1000).toFixed(1);

// Worker pool on 2 workers.
const bundle = await time(() => computeWorkerBundle());
const baselineRss = rssMb();
const workers = createNodeComputePool(2);
const runPool = async () => {
  const run = await workers.runMonteCarlo(config);
  if (!run.ok) throw new Error(run.message);
};
const cold = await time(runPool);
const coldPeak = peakRssMb();
const warm = await median(3, runPool);
const poolPeak = peakRssMb();
workers.dispose();
console.log(`worker bundle check/build ${bundle.wallMs.toFixed(0)} ms`);
console.log(`2-worker pool: warm ${warm.wallMs.toFixed(0)} ms wall-clock (median of 3: ${runsText(warm.runsMs)}), ${warm.cpuMs.toFixed(0)} ms CPU (all threads); cold incl. worker start ${cold.wallMs.toFixed(0)} ms wall / ${cold.cpuMs.toFixed(0)} ms CPU`);
console.log(`pool memory: process RSS before the pool ${baselineRss.toFixed(0)} MB (Node + tsx + the EMA import); peak after the first run ${coldPeak.toFixed(0)} MB, after 4 back-to-back runs ${poolPeak.toFixed(0)} MB (main thread + 2 worker isolates + partials not yet collected)`);

// Single thread: the kernel alone (median of 3), then the summary (percentiles at 500 checkpoints).
simulateChunk(config, 0, 300); // JIT warm-up
const kernel = await median(3, () => simulateChunk(config, 0, PATHS));
console.log(`single thread: kernel ${kernel.wallMs.toFixed(0)} ms wall / ${kernel.cpuMs.toFixed(0)} ms CPU (median of 3: ${runsText(kernel.runsMs)}) → ${mSteps(kernel.wallMs)} M trade-steps/s wall-clock, ${mSteps(kernel.cpuMs)} M per CPU-second`);
const halves = [simulateChunk(config, 0, PATHS / 2), simulateChunk(config, PATHS / 2, PATHS)];
summarize(config, halves); // JIT warm-up
const summary = await median(3, () => summarize(config, halves));
console.log(`summary of the 2 workers' partials ${summary.wallMs.toFixed(0)} ms wall / ${summary.cpuMs.toFixed(0)} ms CPU (median of 3: ${runsText(summary.runsMs)})`);
console.log(loadNote());
