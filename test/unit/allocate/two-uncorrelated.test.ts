// Two uncorrelated assets, σ 1% and 2%: inverse volatility and risk parity both give 2/3, 1/3
// (hand computation: wᵢ ∝ 1/σᵢ; with zero correlation equal risk contributions ⇔ wᵢσᵢ equal).
import { describe, expect, it } from 'vitest';
import { inverseVolWeights } from '../../../core/allocate/inverse-vol';
import { riskParityWeights } from '../../../core/allocate/risk-parity';

const cov = [[1e-4, 0], [0, 4e-4]];

describe('two uncorrelated assets', () => {
  it('inverse volatility: 2/3 and 1/3', () => {
    const w = inverseVolWeights(cov, ['A', 'B'], 0, 1, 1).weights;
    expect(w[0]).toBeCloseTo(2 / 3, 12);
    expect(w[1]).toBeCloseTo(1 / 3, 12);
  });
  it('risk parity: 2/3 and 1/3', () => {
    const w = riskParityWeights(cov, ['A', 'B'], 0, 1, 1).weights;
    expect(w[0]).toBeCloseTo(2 / 3, 10);
    expect(w[1]).toBeCloseTo(1 / 3, 10);
  });
});
