/**
 * Minimum track record length (SPEC-metrics §4, Bailey & López de Prado 2012):
 * MinTRL = 1 + (1 − γ₃·SR + (γ₄ − 1)/4·SR²)·(z_α / (SR − SR*))², z_α = Φ⁻¹(1 − α).
 * The number of periods (same period as the per-period SR) needed before a Sharpe of SR is
 * significantly above SR* at confidence 1 − α. null with the reason when SR ≤ SR* (no length
 * suffices), when the variance term is not positive, or when SR − SR* is too close to 0 to
 * divide by (core/stats guardedRatio). Shown as whole periods by one rule, minTrackRecordPeriods
 * (rounded up: a minimum that is not reached until the next whole period).
 */
import { type Explained, guardedRatio, known, unknown } from '../numeric/explained';
import { normalQuantile } from './normal';
import { sharpeVarianceFactor } from './probabilistic-sharpe';

export function explainedMinTrackRecord(sr: number, skew: number, kurtosis: number, srStar = 0, alpha = 0.05): Explained {
  if (![sr, skew, kurtosis, srStar].every(Number.isFinite)) return unknown('the Sharpe ratio or the moments are not finite numbers');
  if (!(sr > srStar)) return unknown(`the Sharpe ratio is not above ${srStar}: no track record length makes it significant`);
  const factor = sharpeVarianceFactor(sr, skew, kurtosis);
  if (factor === null) return unknown('the variance term 1 − γ₃·SR + (γ₄ − 1)/4·SR² is not positive (extreme skew)');
  const z = normalQuantile(1 - alpha);
  if (z === null) return unknown(`no normal quantile for α = ${alpha}`);
  const ratio = guardedRatio(z, sr - srStar, 'SR − SR*');
  if (ratio.value === null) return ratio;
  const length = 1 + factor * ratio.value ** 2;
  return Number.isFinite(length) ? known(length) : unknown('the track record length overflows');
}

/** `explainedMinTrackRecord` without the reason. */
export function minTrackRecordLength(sr: number, skew: number, kurtosis: number, srStar = 0, alpha = 0.05): number | null {
  return explainedMinTrackRecord(sr, skew, kurtosis, srStar, alpha).value;
}

/** The one display rule of a minimum track record: whole periods, rounded up (511.45 needs 512). */
export function minTrackRecordPeriods(length: number): number {
  return Math.ceil(length);
}
