/**
 * Probabilistic Sharpe ratio (SPEC-metrics §4, Bailey & López de Prado 2012):
 * PSR(SR*) = Φ[(SR − SR*)·√(n − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²)].
 * SR is PER PERIOD (not annualized), γ₃ the skewness and γ₄ the RAW kurtosis (normal = 3).
 * It is the probability that the true Sharpe exceeds SR*, given the sample. null when
 * undefined (n < 2 or a non-positive variance term, which extreme skew can produce).
 */
import { normalCdf } from './normal';

/** The variance factor 1 − γ₃·SR + (γ₄ − 1)/4·SR² of the Sharpe estimator; null if not positive. */
export function sharpeVarianceFactor(sr: number, skew: number, kurtosis: number): number | null {
  const factor = 1 - skew * sr + ((kurtosis - 1) / 4) * sr * sr;
  return factor > 0 && Number.isFinite(factor) ? factor : null;
}

export function probabilisticSharpe(sr: number, n: number, skew: number, kurtosis: number, srStar = 0): number | null {
  if (n < 2 || ![sr, skew, kurtosis, srStar].every(Number.isFinite)) return null;
  const factor = sharpeVarianceFactor(sr, skew, kurtosis);
  if (factor === null) return null;
  return normalCdf(((sr - srStar) * Math.sqrt(n - 1)) / Math.sqrt(factor));
}
