/**
 * Monte Carlo benchmark (issue 4): 10,000 paths × 4,081 trades, percent mode, stationary
 * block bootstrap, 500 checkpoints. The 4,081-trade pool resamples the EMA sample's
 * per-trade returns (seeded). Targets: < 0.3 s wall-clock on the 2-worker pool, < 150 MB
 * peak memory, ≥ 150 million trade-steps/s single-thread.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMonteCarloConfig, simulateChunk, summarize, type MonteCarloConfig } from '../../core/montecarlo';
import { importText } from '../../core/import';
import { Xoshiro128 } from '../../core/random';
import { createNodeComputePool } from '../../workers/pool-node';
import { best, loadNote, peakRssMb, rssMb, time } from './bench-util';

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

// Single thread: the kernel alone, then the summary (percentiles at 500 checkpoints).
const baselineRss = rssMb();
simulateChunk(config, 0, 200); // JIT warm-up
const kernel = await best(3, () => simulateChunk(config, 0, PATHS));
const partial = simulateChunk(config, 0, PATHS);
const summary = await time(() => summarize(config, partial));
const singlePeak = peakRssMb();
console.log(`single thread: kernel ${kernel.wallMs.toFixed(0)} ms wall / ${kernel.cpuMs.toFixed(0)} ms CPU → ${(steps / kernel.wallMs / 1000).toFixed(1)} M trade-steps/s wall, ${(steps / kernel.cpuMs / 1000).toFixed(1)} M/s CPU; summary ${summary.wallMs.toFixed(0)} ms`);
console.log(`memory: RSS before ${baselineRss.toFixed(0)} MB, peak ${singlePeak.toFixed(0)} MB (delta ${(singlePeak - baselineRss).toFixed(0)} MB)`);

// Worker pool on 2 workers: cold (spawning the workers) and warm (as the app keeps its pool).
const workers = createNodeComputePool(2);
const cold = await time(async () => {
  const run = await workers.runMonteCarlo(config);
  if (!run.ok) throw new Error(run.message);
});
const warm = await best(3, async () => {
  const run = await workers.runMonteCarlo(config);
  if (!run.ok) throw new Error(run.message);
});
workers.dispose();
console.log(`2-worker pool: warm ${warm.wallMs.toFixed(0)} ms wall-clock (best of 3), cold incl. worker start ${cold.wallMs.toFixed(0)} ms; main-process peak RSS ${peakRssMb().toFixed(0)} MB`);
console.log(loadNote());
