/**
 * Merging chunk partials (in path order) and turning the merged partial into the numbers
 * the Risk page, the CLI and the report show.
 */
import { checkpointSteps } from './checkpoints';
import { nonNegativePercentiles, percentilesInPlace } from './quantiles';
import type { Histogram, MonteCarloConfig, MonteCarloPartial, MonteCarloSummary } from './types';

export const SAMPLE_PATHS = 20;
const FAN_PROBS = [0.05, 0.25, 0.5, 0.75, 0.95];
const DRAWDOWN_THRESHOLDS = ['0.1', '0.2', '0.3', '0.5'] as const;

/** Concatenates partials of consecutive chunks; throws if they do not tile a range of paths. */
export function mergePartials(partials: MonteCarloPartial[]): MonteCarloPartial {
  if (partials.length === 0) throw new Error('mergePartials: no partials');
  const sorted = [...partials].sort((a, b) => a.startPath - b.startPath);
  const checkpoints = sorted[0].checkpoints;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startPath !== sorted[i - 1].endPath) throw new Error(`mergePartials: paths ${sorted[i - 1].endPath}..${sorted[i].startPath} missing or overlapping`);
    if (sorted[i].checkpoints !== checkpoints) throw new Error('mergePartials: partials of different configs');
  }
  if (sorted.length === 1) return sorted[0];
  const count = sorted[sorted.length - 1].endPath - sorted[0].startPath;
  const merged: MonteCarloPartial = {
    startPath: sorted[0].startPath,
    endPath: sorted[sorted.length - 1].endPath,
    checkpoints,
    equityRatioAtCheckpoints: new Float32Array(count * checkpoints),
    finalEquity: new Float64Array(count),
    maxDrawdown: new Float64Array(count),
    ruinedPaths: 0,
  };
  let offset = 0;
  for (const part of sorted) {
    const size = part.endPath - part.startPath;
    for (let c = 0; c < checkpoints; c++) {
      merged.equityRatioAtCheckpoints.set(part.equityRatioAtCheckpoints.subarray(c * size, (c + 1) * size), c * count + offset);
    }
    merged.finalEquity.set(part.finalEquity, offset);
    merged.maxDrawdown.set(part.maxDrawdown, offset);
    merged.ruinedPaths += part.ruinedPaths;
    offset += size;
  }
  return merged;
}

function histogram(values: Float64Array, low: number, high: number, bins: number): Histogram {
  const width = high > low ? (high - low) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const bin = Math.floor((values[i] - low) / width);
    counts[bin < 0 ? 0 : bin >= bins ? bins - 1 : bin]++;
  }
  return { edges: Array.from({ length: bins + 1 }, (_, k) => low + k * width), counts };
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

function share(values: Float64Array, predicate: (v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < values.length; i++) if (predicate(values[i])) hits++;
  return hits / values.length;
}

/**
 * Summary of a merged partial that covers all paths [0, config.paths). Fan percentiles by
 * a radix pre-pass per checkpoint (exact; the partial is not modified).
 */
export function summarize(config: MonteCarloConfig, partial: MonteCarloPartial): MonteCarloSummary {
  const paths = partial.endPath - partial.startPath;
  if (paths < 1) throw new Error('summarize: no paths');
  const start = config.startingCapital;
  const toEquity = (ratio: number) => start * ratio;
  const steps = checkpointSteps(config.horizon, config.checkpoints);
  const nCheckpoints = partial.checkpoints;

  const values = partial.equityRatioAtCheckpoints;
  const samplePaths: number[][] = [];
  for (let p = 0; p < Math.min(SAMPLE_PATHS, paths); p++) {
    const row = [start];
    for (let c = 0; c < nCheckpoints; c++) row.push(toEquity(values[c * paths + p]));
    samplePaths.push(row);
  }
  const fan = [{ step: 0, p5: start, p25: start, p50: start, p75: start, p95: start }];
  for (let c = 0; c < nCheckpoints; c++) {
    const [p5, p25, p50, p75, p95] = nonNegativePercentiles(values.subarray(c * paths, (c + 1) * paths), FAN_PROBS, toEquity);
    fan.push({ step: steps[c], p5, p25, p50, p75, p95 });
  }

  const finals = Float64Array.from(partial.finalEquity).sort();
  const [f1, f5, f25, f50, f75, f95, f99] = percentilesInPlace(finals, [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]);
  const drawdowns = Float64Array.from(partial.maxDrawdown).sort();
  const [d5, d50, d95] = percentilesInPlace(drawdowns, [0.05, 0.5, 0.95]);

  const probDrawdownAtLeast = {} as MonteCarloSummary['probDrawdownAtLeast'];
  for (const key of DRAWDOWN_THRESHOLDS) probDrawdownAtLeast[key] = share(partial.maxDrawdown, (d) => d >= Number(key));
  const years = config.stepsPerYear ? config.horizon / config.stepsPerYear : 0;

  return {
    paths,
    horizon: config.horizon,
    startingCapital: start,
    fan,
    samplePaths,
    finalValue: { p5: f5, p25: f25, p50: f50, p75: f75, p95: f95, mean: mean(partial.finalEquity), min: finals[0], max: finals[paths - 1] },
    maxDrawdown: { p5: d5, p50: d50, p95: d95, mean: mean(partial.maxDrawdown) },
    finalValueHistogram: histogram(partial.finalEquity, f1, f99, 40),
    maxDrawdownHistogram: histogram(partial.maxDrawdown, 0, 1, 50),
    probProfit: share(partial.finalEquity, (v) => v > start),
    probRuin: partial.ruinedPaths / paths,
    probDrawdownAtLeast,
    medianCagr: years > 0 ? Math.pow(f50 / start, 1 / years) - 1 : null,
  };
}
