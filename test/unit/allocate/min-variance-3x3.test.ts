// Minimum variance on a known 3×3 covariance: Σ⁻¹1 / 1ᵀΣ⁻¹1 (numpy, test/reference/allocate_closed_form.py).
import { describe, expect, it } from 'vitest';
import { minVarianceWeights } from '../../../core/allocate/min-variance';

describe('minimum variance on a known 3×3 covariance', () => {
  it('matches the closed form', () => {
    const cov = [[0.04, 0.006, 0.002], [0.006, 0.09, 0.009], [0.002, 0.009, 0.0225]];
    const { weights, message } = minVarianceWeights(cov, ['A', 'B', 'C'], 0, 1, 1);
    expect(message).toBeNull();
    const expected = [0.325737265416, 0.082535427039, 0.591727307545];
    weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 10));
  });
});
