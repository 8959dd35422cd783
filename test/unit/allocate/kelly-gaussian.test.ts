// Gaussian Kelly Σ⁻¹μ (numpy, test/reference/allocate_closed_form.py), full and half Kelly, inside wide bounds.
import { describe, expect, it } from 'vitest';
import { gaussianKellyWeights } from '../../../core/allocate/kelly-gaussian';

describe('Gaussian Kelly', () => {
  const cov = [[1e-4, 2e-5], [2e-5, 4e-4]];
  const mu = [5e-4, 8e-4];
  it('equals Σ⁻¹μ when the bounds do not bind', () => {
    const r = gaussianKellyWeights(cov, mu, ['A', 'B'], 0, 100, 100, 1);
    expect(r.weights[0]).toBeCloseTo(4.646464646465, 9);
    expect(r.weights[1]).toBeCloseTo(1.767676767677, 9);
  });
  it('half Kelly halves it', () => {
    const r = gaussianKellyWeights(cov, mu, ['A', 'B'], 0, 100, 100, 0.5);
    expect(r.weights[0]).toBeCloseTo(4.646464646465 / 2, 9);
  });
  it('a total ceiling of 1 keeps Σw ≤ 1', () => {
    const r = gaussianKellyWeights(cov, mu, ['A', 'B'], 0, 1, 1, 1);
    expect(r.weights[0] + r.weights[1]).toBeLessThanOrEqual(1 + 1e-12);
  });
});
