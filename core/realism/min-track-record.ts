/**
 * Minimum track record length (SPEC-metrics §4, Bailey & López de Prado 2012):
 * MinTRL = 1 + (1 − γ₃·SR + (γ₄ − 1)/4·SR²)·(z_α / (SR − SR*))², z_α = Φ⁻¹(1 − α).
 * The number of periods (same period as the per-period SR) needed before a Sharpe of SR is
 * significantly above SR* at confidence 1 − α. null when SR ≤ SR* (no length suffices).
 */
import { normalQuantile } from './normal';
import { sharpeVarianceFactor } from './probabilistic-sharpe';

export function minTrackRecordLength(sr: number, skew: number, kurtosis: number, srStar = 0, alpha = 0.05): number | null {
  if (![sr, skew, kurtosis, srStar].every(Number.isFinite) || !(sr > srStar)) return null;
  const factor = sharpeVarianceFactor(sr, skew, kurtosis);
  const z = normalQuantile(1 - alpha);
  if (factor === null || z === null) return null;
  return 1 + factor * (z / (sr - srStar)) ** 2;
}
