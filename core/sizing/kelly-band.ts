/**
 * How sure is Kelly (issue 18 §3): a bootstrap band on the growth-optimal (Kelly) fraction of
 * the per-trade returns in risk units — the fraction the growth curve peaks at and the Kelly
 * fraction multiplies. Each draw resamples n trades by the stationary block bootstrap (mean
 * block round(n^⅓), seeded, draw d from stream (seed, d)) and solves argmax mean ln(1 + f·rᵢ)
 * on it; the band is the 5/25/50/75/95th percentiles of the draws (linear interpolation,
 * numpy's default). A draw with no loss (growth unbounded) counts as the largest value; a draw
 * with no edge counts as 0.
 *
 * Trades to halve the width: the band's width shrinks like 1/√n, so halving it takes 4n
 * trades in all, i.e. 3n more (stated as an approximation of the √n scaling).
 *
 * The solve per draw is a safeguarded Newton iteration on the derivative mean rᵢ/(1 + f·rᵢ)
 * (decreasing in f), started from the full sample's fraction and kept inside the bracket
 * where the derivative changes sign — the same maximum as growthOptimalFraction, found in a
 * few passes over the draw instead of ~50 bisection passes.
 */
import { percentilesInPlace } from '../numeric/quantiles';
import { growthOptimalFraction } from './growth-optimal';
import { BlockResampler, defaultMeanBlock } from './stationary-bootstrap';

export const DEFAULT_BAND_DRAWS = 2000;
export const DEFAULT_BAND_SEED = 7;
export const BAND_PERCENTILES = [5, 25, 50, 75, 95] as const;

export interface KellyBand {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  draws: number;
  /** Draws without a loss (their growth-optimal fraction is unbounded; counted as the largest). */
  unboundedDraws: number;
  meanBlock: number;
  seed: number;
  trades: number;
  /** More trades that would halve p95 − p5 under the 1/√n scaling: 3n. */
  tradesToHalve: number;
  /** Every draw's fraction, ascending (Infinity for a draw without a loss); not in JSON. */
  sortedDraws: Float64Array;
}

export type KellyBandOutcome = { ok: true; value: KellyBand } | { ok: false; reason: string };

/** argmax over f ≥ 0 of Σ ln(1 + f·xᵢ) for a draw (x as given); null without a loss; 0 without edge. */
function solveDraw(x: Float64Array, start: number): number | null {
  let worst = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < worst) worst = x[i];
    sum += x[i];
  }
  if (!(sum > 0)) return 0;
  if (worst === 0) return null;
  let low = 0;
  let high = 1 / -worst;
  let f = start > 0 && start < high ? start : high / 2;
  for (let iteration = 0; iteration < 100; iteration++) {
    let d1 = 0;
    let d2 = 0;
    for (let i = 0; i < x.length; i++) {
      const q = x[i] / (1 + f * x[i]);
      d1 += q;
      d2 -= q * q;
    }
    if (d1 > 0) low = f;
    else high = f;
    let next = f - d1 / d2;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - f) <= 1e-12 * Math.max(f, 1e-300) || high - low <= 1e-12 * high) return next;
    f = next;
  }
  return f;
}

/** The band of the growth-optimal fraction of `returns` (risk units). */
export function kellyBand(returns: number[], draws = DEFAULT_BAND_DRAWS, seed = DEFAULT_BAND_SEED, meanBlock?: number): KellyBandOutcome {
  const n = returns.length;
  if (n < 2) return { ok: false, reason: 'fewer than 2 trades: nothing to resample' };
  if (!returns.every(Number.isFinite)) return { ok: false, reason: 'a return in risk units is not a finite number' };
  if (!(Number.isInteger(draws) && draws >= 1)) return { ok: false, reason: 'the number of draws must be a whole number, 1 or more' };
  const point = growthOptimalFraction(returns);
  if (point === null) return { ok: false, reason: 'no trade lost: the growth-optimal fraction is unbounded' };
  const block = meanBlock ?? defaultMeanBlock(n);
  const source = Float64Array.from(returns);
  const sample = new Float64Array(n);
  const values = new Float64Array(draws);
  let unbounded = 0;
  for (let d = 0; d < draws; d++) {
    const resample = new BlockResampler(n, block, seed, d);
    for (let i = 0; i < n; i++) sample[i] = source[resample.next()];
    const f = solveDraw(sample, point);
    if (f === null) unbounded++;
    values[d] = f ?? Infinity;
  }
  const [p5, p25, p50, p75, p95] = percentilesInPlace(values, BAND_PERCENTILES.map((p) => p / 100));
  const band = { p5, p25, p50, p75, p95 };
  if (!Object.values(band).every(Number.isFinite)) return { ok: false, reason: `${unbounded} of ${draws} draws had no loss: the upper percentiles are unbounded` };
  values.sort();
  return { ok: true, value: { ...band, draws, unboundedDraws: unbounded, meanBlock: block, seed, trades: n, tradesToHalve: 3 * n, sortedDraws: values } };
}

/** The Pth percentile (0–100) of the band's draws (same interpolation as the band); null when it is unbounded. */
export function bandPercentile(band: KellyBand, percentile: number): number | null {
  if (!(percentile >= 0 && percentile <= 100)) return null;
  const [value] = percentilesInPlace(Float64Array.from(band.sortedDraws), [percentile / 100]);
  return Number.isFinite(value) ? value : null;
}
