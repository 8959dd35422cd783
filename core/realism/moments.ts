/**
 * Sample moments of a return series for the Sharpe-ratio statistics.
 * Conventions: mean; standard deviation with n − 1 (as the Sharpe of SPEC §2); skewness
 * m₃/m₂^{3/2} and RAW kurtosis m₄/m₂² (normal = 3) from the central moments mₖ = mean((x − x̄)ᵏ),
 * as in Bailey & López de Prado's PSR. null when undefined (too few values, zero variance).
 */

export interface Moments {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1). */
  sd: number | null;
  skew: number | null;
  /** Raw kurtosis (normal = 3). */
  kurtosis: number | null;
}

export function moments(values: number[]): Moments {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, skew: null, kurtosis: null };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const v of values) {
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : null;
  m2 /= n;
  m3 /= n;
  m4 /= n;
  // A relative threshold: a constant series has m₂ at rounding-noise level, not exactly 0.
  const degenerate = !(m2 > 1e-28 * Math.max(1, mean * mean));
  return {
    n,
    mean,
    sd: degenerate ? null : sd,
    skew: degenerate ? null : m3 / m2 ** 1.5,
    kurtosis: degenerate ? null : m4 / (m2 * m2),
  };
}
