/**
 * Deflated Sharpe ratio (SPEC-metrics §4, Bailey & López de Prado 2014). After N trials the
 * best Sharpe is expected to reach SR₀ = √V[SRₖ]·((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e)))
 * by luck alone (γ = Euler–Mascheroni); DSR = PSR(SR₀). Sharpe ratios per period.
 * With one trial nothing was selected: SR₀ = 0 and DSR = PSR(0).
 * When the variance of the Sharpe ratios across trials is unknown, it is the sampling variance
 * of a skill-less variant's Sharpe estimate: (1 − γ₃·SR + (γ₄ − 1)/4·SR²)/(n − 1) at a true
 * SR of 0, i.e. 1/(n − 1). (Evaluating it at the observed Sharpe instead would shrink SR₀ for
 * positively skewed, high-Sharpe series — lenient exactly where caution is needed.)
 */
import { normalQuantile } from './normal';
import { probabilisticSharpe } from './probabilistic-sharpe';

const EULER_GAMMA = 0.5772156649015329;

/** SR₀, the Sharpe the best of `trials` skill-less variants is expected to show; null if trials < 1. */
export function expectedMaxSharpe(trials: number, srVariance: number): number | null {
  if (!Number.isInteger(trials) || trials < 1 || !(srVariance >= 0) || !Number.isFinite(srVariance)) return null;
  if (trials === 1) return 0;
  const a = normalQuantile(1 - 1 / trials);
  const b = normalQuantile(1 - 1 / (trials * Math.E));
  if (a === null || b === null) return null;
  return Math.sqrt(srVariance) * ((1 - EULER_GAMMA) * a + EULER_GAMMA * b);
}

export interface DeflatedSharpeInput {
  sr: number;
  n: number;
  skew: number;
  kurtosis: number;
  trials: number;
  /** Variance of the Sharpe ratios across the trials; default 1/(n − 1), a skill-less variant's sampling variance. */
  srVariance?: number;
}

export function deflatedSharpe(input: DeflatedSharpeInput): { sr0: number | null; dsr: number | null } {
  const { sr, n, skew, kurtosis, trials } = input;
  const variance = input.srVariance ?? (n >= 2 ? 1 / (n - 1) : null);
  if (variance === null) return { sr0: null, dsr: null };
  const sr0 = expectedMaxSharpe(trials, variance);
  return { sr0, dsr: sr0 === null ? null : probabilisticSharpe(sr, n, skew, kurtosis, sr0) };
}
