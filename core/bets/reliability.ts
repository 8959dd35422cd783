/**
 * Reliability diagram and expected calibration error of probability forecasts p of binary
 * outcomes y (1 = the side bought won).
 * - 10 equal bins [k/10, (k + 1)/10), the last one closed (p = 1 falls in it); a bin's mean
 *   predicted probability and observed frequency are null when it is empty.
 * - ECE = Σₖ (nₖ/N)·|ōₖ − p̄ₖ|.
 * - The ECE a perfectly calibrated forecaster would show from sampling noise alone (normal
 *   approximation, E|ōₖ − p̄ₖ| = √(2/π)·√(Σᵢ∈ₖ pᵢ(1 − pᵢ))/nₖ): ECE₀ = √(2/π)/N · Σₖ √(Σᵢ∈ₖ pᵢ(1 − pᵢ)).
 *   The score's calibration term uses ECE − ECE₀, so a handful of bets is not read as miscalibration.
 */

export const RELIABILITY_BINS = 10;

export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  meanPredicted: number | null;
  observed: number | null;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Bets with a probability. */
  n: number;
  ece: number;
  /** ECE expected from sampling noise for a calibrated forecaster. */
  eceNoise: number;
}

export function binOf(p: number): number {
  return Math.min(RELIABILITY_BINS - 1, Math.floor(p * RELIABILITY_BINS));
}

/** Per bin: the count, Σp, Σy and Σp(1 − p) (shared with the Brier decomposition). */
export function binTallies(p: readonly number[], y: readonly number[]): { count: number[]; sumP: number[]; sumY: number[]; sumVar: number[] } {
  const count = new Array<number>(RELIABILITY_BINS).fill(0);
  const sumP = new Array<number>(RELIABILITY_BINS).fill(0);
  const sumY = new Array<number>(RELIABILITY_BINS).fill(0);
  const sumVar = new Array<number>(RELIABILITY_BINS).fill(0);
  for (let i = 0; i < p.length; i++) {
    const k = binOf(p[i]);
    count[k]++;
    sumP[k] += p[i];
    sumY[k] += y[i];
    sumVar[k] += p[i] * (1 - p[i]);
  }
  return { count, sumP, sumY, sumVar };
}

/** null without any forecast. */
export function reliability(p: readonly number[], y: readonly number[]): Reliability | null {
  const n = p.length;
  if (n === 0) return null;
  const { count, sumP, sumY, sumVar } = binTallies(p, y);
  let ece = 0;
  let noise = 0;
  const bins: ReliabilityBin[] = [];
  for (let k = 0; k < RELIABILITY_BINS; k++) {
    const c = count[k];
    const meanPredicted = c > 0 ? sumP[k] / c : null;
    const observed = c > 0 ? sumY[k] / c : null;
    if (c > 0) {
      ece += (c / n) * Math.abs((observed as number) - (meanPredicted as number));
      noise += Math.sqrt(sumVar[k]);
    }
    bins.push({ lower: k / RELIABILITY_BINS, upper: (k + 1) / RELIABILITY_BINS, count: c, meanPredicted, observed });
  }
  return { bins, n, ece, eceNoise: (Math.sqrt(2 / Math.PI) * noise) / n };
}
