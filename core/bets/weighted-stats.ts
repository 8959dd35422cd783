/**
 * Weighted mean and standard deviation with reliability weights (EWMA weights here):
 * mean = Σwx/Σw, variance = Σw(x − mean)² / (V₁ − V₂/V₁), V₁ = Σw, V₂ = Σw², which is the
 * sample variance (n − 1) when every weight is 1. The sd is null for fewer than 2 values
 * (or weights concentrated on one value, V₁ − V₂/V₁ = 0).
 */

export interface WeightedStats {
  mean: number | null;
  sd: number | null;
  /** Σw: the effective count of an EWMA-weighted sample. */
  weight: number;
}

export function weightedStats(values: readonly number[], weights?: readonly number[]): WeightedStats {
  let v1 = 0;
  let v2 = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i] : 1;
    v1 += w;
    v2 += w * w;
    sum += w * values[i];
  }
  if (!(v1 > 0)) return { mean: null, sd: null, weight: 0 };
  const mean = sum / v1;
  const denominator = v1 - v2 / v1;
  if (values.length < 2 || !(denominator > 1e-12 * v1)) return { mean, sd: null, weight: v1 };
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (weights ? weights[i] : 1) * (values[i] - mean) * (values[i] - mean);
  return { mean, sd: Math.sqrt(squares / denominator), weight: v1 };
}
