/**
 * Score of a group for the budget split (SPEC §6, issue 12):
 *   score = 1/(1 + MAE²) × (0.5 + ĥ) × clamp(Sharpe-like, lo, hi) × calibration term
 * - MAE: EWMA-weighted mean |forecast error| over the window (in the error's unit, e.g. °F);
 * - ĥ: the EWMA-weighted Beta-Binomial posterior hit rate (a = b = prior);
 * - Sharpe-like: of the shrunk P/L (low tail winsorized at the 5th percentile, EWMA-weighted
 *   mean ÷ (weighted sd + ε)), clamped to [lo, hi] (defaults 0.01 and 1), so a losing group
 *   keeps a small positive score and a tiny lucky sample cannot dominate;
 * - calibration term = 1/(1 + (max(0, ECE − ECE₀)/0.1)²): ECE over the window's bets with a
 *   model probability, less the ECE₀ that sampling noise alone gives a calibrated forecaster
 *   (reliability.ts); 1 when calibrated, ½ at 0.1 of excess error. Needs at least
 *   `minCalibrationBets` (default 10) such bets.
 * A term without data drops out (factor 1) and is listed in `dropped` with the reason;
 * `termsUsed` names the others. A group without any settled bet in the window has no score.
 */
import type { GroupMetrics } from './group-metrics';

export type ScoreTermName = 'mae' | 'hitRate' | 'sharpe' | 'calibration';

export const CALIBRATION_SCALE = 0.1;

export interface ScoreSettings {
  sharpeLow: number;
  sharpeHigh: number;
  minCalibrationBets: number;
}

export interface ScoreTerm {
  name: ScoreTermName;
  /** The metric the factor is made from. */
  input: number;
  factor: number;
  text: string;
}

export interface GroupScore {
  /** null for a group without settled bets in the rolling window (no score). */
  score: number | null;
  terms: ScoreTerm[];
  termsUsed: ScoreTermName[];
  dropped: { name: ScoreTermName; reason: string }[];
}

const f3 = (x: number) => x.toFixed(3);

export function maeFactor(mae: number): number {
  return 1 / (1 + mae * mae);
}

export function calibrationFactor(ece: number, eceNoise: number): number {
  const excess = Math.max(0, ece - eceNoise) / CALIBRATION_SCALE;
  return 1 / (1 + excess * excess);
}

export function groupScore(m: GroupMetrics, s: ScoreSettings): GroupScore {
  if (m.bets === 0) return { score: null, terms: [], termsUsed: [], dropped: [{ name: 'hitRate', reason: m.unavailable.bets ?? 'no settled bets in the window' }] };
  const terms: ScoreTerm[] = [];
  const dropped: GroupScore['dropped'] = [];
  if (m.weightedMae !== null) {
    terms.push({ name: 'mae', input: m.weightedMae, factor: maeFactor(m.weightedMae), text: `1/(1 + MAE²) with EWMA MAE ${f3(m.weightedMae)} = ${f3(maeFactor(m.weightedMae))}` });
  } else dropped.push({ name: 'mae', reason: 'no forecast errors in the window' });
  const h = m.weightedPosterior.mean;
  terms.push({ name: 'hitRate', input: h, factor: 0.5 + h, text: `0.5 + ĥ with EWMA posterior hit rate ${f3(h)} = ${f3(0.5 + h)}` });
  const sharpe = m.shrunkPl.sharpeLike;
  if (sharpe !== null) {
    const factor = Math.min(s.sharpeHigh, Math.max(s.sharpeLow, sharpe));
    const note = factor !== sharpe ? ` clamped to [${s.sharpeLow}, ${s.sharpeHigh}]` : '';
    terms.push({ name: 'sharpe', input: sharpe, factor, text: `Sharpe-like of the shrunk P/L ${f3(sharpe)}${note} = ${f3(factor)}` });
  } else dropped.push({ name: 'sharpe', reason: 'fewer than 2 bets in the window: no P/L spread' });
  const cal = m.calibration;
  if (cal !== null && cal.n >= s.minCalibrationBets) {
    const factor = calibrationFactor(cal.ece, cal.eceNoise);
    terms.push({ name: 'calibration', input: cal.ece, factor, text: `1/(1 + (max(0, ECE ${f3(cal.ece)} − noise ${f3(cal.eceNoise)})/0.1)²) = ${f3(factor)}` });
  } else dropped.push({ name: 'calibration', reason: cal === null ? 'no model probabilities in the window' : `${cal.n} bets with a model probability (${s.minCalibrationBets} needed)` });
  return { score: terms.reduce((product, t) => product * t.factor, 1), terms, termsUsed: terms.map((t) => t.name), dropped };
}
