/**
 * Merging chunk partials (in path order) and turning the partials of all paths into the numbers
 * the Risk page, the CLI and the report show.
 */
import { checkpointSteps } from './checkpoints';
import { nonNegativePercentiles, percentilesInPlace } from './quantiles';
import type { Histogram, MonteCarloConfig, MonteCarloPartial, MonteCarloSummary } from './types';

export const SAMPLE_PATHS = 20;
const FAN_PROBS = [0.05, 0.25, 0.5, 0.75, 0.95];
const DRAWDOWN_THRESHOLDS = ['0.1', '0.2', '0.3', '0.5'] as const;
/** Rounding slack when comparing a max drawdown with a threshold x (it is computed as 1 − equity / peak). */
const DRAWDOWN_TOLERANCE = 1e-12;

/** Partials in path order; throws if they do not tile a range of paths. */
function inPathOrder(partials: MonteCarloPartial[]): MonteCarloPartial[] {
  if (partials.length === 0) throw new Error('mergePartials: no partials');
  const sorted = [...partials].sort((a, b) => a.startPath - b.startPath);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startPath !== sorted[i - 1].endPath) throw new Error(`mergePartials: paths ${sorted[i - 1].endPath}..${sorted[i].startPath} missing or overlapping`);
    if (sorted[i].checkpoints !== sorted[0].checkpoints) throw new Error('mergePartials: partials of different configs');
  }
  return sorted;
}

/** Concatenates partials of consecutive chunks; throws if they do not tile a range of paths. */
export function mergePartials(partials: MonteCarloPartial[]): MonteCarloPartial {
  const sorted = inPathOrder(partials);
  const checkpoints = sorted[0].checkpoints;
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

/** Per-path values of the chunks, concatenated in path order. */
function concatenated(parts: MonteCarloPartial[], field: 'finalEquity' | 'maxDrawdown', paths: number): Float64Array {
  const out = new Float64Array(paths);
  let offset = 0;
  for (const part of parts) {
    out.set(part[field], offset);
    offset += part[field].length;
  }
  return out;
}

/**
 * Summary of the partials of all paths [0, config.paths) — one partial, or the chunks of
 * several workers in any order (read in place: no merged copy of the checkpoint values).
 * Fan percentiles by a radix pre-pass per checkpoint (exact); the partials are not modified.
 */
export function summarize(config: MonteCarloConfig, partials: MonteCarloPartial | MonteCarloPartial[]): MonteCarloSummary {
  const parts = inPathOrder(Array.isArray(partials) ? partials : [partials]);
  const paths = parts[parts.length - 1].endPath - parts[0].startPath;
  if (paths < 1) throw new Error('summarize: no paths');
  const start = config.startingCapital;
  const toEquity = (ratio: number) => start * ratio;
  const steps = checkpointSteps(config.horizon, config.checkpoints);
  const nCheckpoints = parts[0].checkpoints;

  // Checkpoint c of the chunks, gathered into one column of all paths.
  const column = new Float32Array(paths);
  const gather = (c: number) => {
    let offset = 0;
    for (const part of parts) {
      const size = part.endPath - part.startPath;
      column.set(part.equityRatioAtCheckpoints.subarray(c * size, (c + 1) * size), offset);
      offset += size;
    }
    return column;
  };
  const samplePaths: number[][] = [];
  for (let p = 0; p < Math.min(SAMPLE_PATHS, paths); p++) samplePaths.push([start]);
  const fan = [{ step: 0, p5: start, p25: start, p50: start, p75: start, p95: start }];
  for (let c = 0; c < nCheckpoints; c++) {
    const values = gather(c);
    samplePaths.forEach((row, p) => row.push(toEquity(values[p])));
    const [p5, p25, p50, p75, p95] = nonNegativePercentiles(values, FAN_PROBS, toEquity);
    fan.push({ step: steps[c], p5, p25, p50, p75, p95 });
  }

  const finalEquity = concatenated(parts, 'finalEquity', paths);
  const maxDrawdown = concatenated(parts, 'maxDrawdown', paths);
  const ruinedPaths = parts.reduce((sum, part) => sum + part.ruinedPaths, 0);
  const finals = Float64Array.from(finalEquity).sort();
  const [f1, f5, f25, f50, f75, f95, f99] = percentilesInPlace(finals, [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]);
  const drawdowns = Float64Array.from(maxDrawdown).sort();
  const [d5, d50, d95] = percentilesInPlace(drawdowns, [0.05, 0.5, 0.95]);

  const probDrawdownAtLeast = {} as MonteCarloSummary['probDrawdownAtLeast'];
  // 1 − 0.8 is 0.19999999999999996: a drawdown within DRAWDOWN_TOLERANCE below x counts as x.
  for (const key of DRAWDOWN_THRESHOLDS) probDrawdownAtLeast[key] = share(maxDrawdown, (d) => d >= Number(key) - DRAWDOWN_TOLERANCE);
  const years = config.stepsPerYear ? config.horizon / config.stepsPerYear : 0;
  const growth = years > 0 ? Math.pow(f50 / start, 1 / years) - 1 : null;
  const medianCagr = growth !== null && Number.isFinite(growth) ? growth : null;
  const nullReasons: MonteCarloSummary['nullReasons'] = {};
  if (years <= 0) nullReasons.medianCagr = 'the sample spans no time, so a year has no number of steps';
  else if (medianCagr === null) nullReasons.medianCagr = `annualizing a ×${(f50 / start).toPrecision(4)} median growth over ${years.toPrecision(3)} years overflows`;

  return {
    paths,
    horizon: config.horizon,
    startingCapital: start,
    fan,
    samplePaths,
    finalValue: { p5: f5, p25: f25, p50: f50, p75: f75, p95: f95, mean: mean(finalEquity), min: finals[0], max: finals[paths - 1] },
    maxDrawdown: { p5: d5, p50: d50, p95: d95, mean: mean(maxDrawdown) },
    finalValueHistogram: histogram(finalEquity, f1, f99, 40),
    maxDrawdownHistogram: histogram(maxDrawdown, 0, 1, 50),
    probProfit: share(finalEquity, (v) => v > start),
    probRuin: ruinedPaths / paths,
    probDrawdownAtLeast,
    medianCagr,
    nullReasons,
  };
}
