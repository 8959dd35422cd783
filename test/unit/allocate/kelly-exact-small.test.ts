// Exact growth-optimal Kelly ≈ Gaussian Σ⁻¹μ for small returns: ln(1 + x) ≈ x − x²/2, so the
// maximizer of mean ln(1 + wᵀr) tends to (E[rrᵀ])⁻¹μ ≈ Σ⁻¹μ as returns shrink (hand derivation).
import { describe, expect, it } from 'vitest';
import { exactKellyWeights } from '../../../core/allocate/kelly-exact';
import { gaussianKellyWeights } from '../../../core/allocate/kelly-gaussian';
import { sampleCovariance } from '../../../core/allocate/covariance';

describe('exact Kelly vs Gaussian for small returns', () => {
  it('agree within 3%', () => {
    const T = 500;
    const a = new Float64Array(T);
    const b = new Float64Array(T);
    for (let t = 0; t < T; t++) {
      // Deterministic, mildly correlated small returns (±0.3%) with small positive means.
      a[t] = 0.003 * Math.sin(t * 1.7) + 0.0002;
      b[t] = 0.002 * Math.cos(t * 2.3) + 0.001 * Math.sin(t * 1.7) + 0.0001;
    }
    const cov = sampleCovariance([a, b]);
    const gauss = gaussianKellyWeights(cov.matrix, cov.mean, ['A', 'B'], 0, 1000, 1000, 1).weights;
    const exact = exactKellyWeights([a, b], T, ['A', 'B'], 0, 1000, 1000, 1).weights;
    for (let i = 0; i < 2; i++) expect(Math.abs(exact[i] - gauss[i]) / gauss[i]).toBeLessThan(0.03);
  });
});
