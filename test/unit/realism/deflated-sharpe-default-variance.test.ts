// DSR without a stated variance across trials: SR₀ uses a skill-less variant's sampling
// variance, 1/(n − 1), whatever the observed skew and kurtosis. SPEC §4 vector N = 10 with
// unit variance gives 1.574598, so here SR₀ = 1.574598 / √251.
import { describe, expect, it } from 'vitest';
import { deflatedSharpe } from '../../../core/realism';

describe('deflated Sharpe with the default variance', () => {
  it('SR₀ = 1.574598 / √(n − 1) for N = 10, n = 252, independent of skew', () => {
    const expected = 1.574598 / Math.sqrt(251);
    for (const skew of [-1, 0, 2]) {
      const { sr0 } = deflatedSharpe({ sr: 0.2, n: 252, skew, kurtosis: 9, trials: 10 });
      expect(sr0).toBeCloseTo(expected, 6);
    }
  });

  it('a stated variance across trials is used as given', () => {
    expect(deflatedSharpe({ sr: 0.2, n: 252, skew: 0, kurtosis: 3, trials: 100, srVariance: 1 }).sr0).toBeCloseTo(2.530603, 6);
  });
});
