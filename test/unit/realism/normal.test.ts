// Φ and Φ⁻¹ against scipy.stats.norm reference values (to 1e-12 relative, far beyond 1e-9).
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../core/realism';

const cdf: [number, number][] = [
  [-8, 6.22096057427174e-16],
  [-5, 2.866515718791933e-7],
  [-3, 0.0013498980316300933],
  [-1.5, 0.06680720126885807],
  [0, 0.5],
  [1, 0.8413447460685429],
  [2.99, 0.9986051127645078],
  [4, 0.9999683287581669],
];
const quantiles: [number, number][] = [
  [1e-10, -6.361340902404056],
  [0.001, -3.090232306167813],
  [0.02, -2.053748910631823],
  [0.3, -0.5244005127080409],
  [0.9, 1.2815515655446004],
  [0.95, 1.6448536269514722],
  [0.99999, 4.264890793923841],
];

describe('normal distribution', () => {
  it.each(cdf)('Φ(%s)', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(1e-12);
  });
  it.each(quantiles)('Φ⁻¹(%s)', (p, expected) => {
    expect(Math.abs(normalQuantile(p)! - expected)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected)));
  });
  it('Φ⁻¹ is null outside (0, 1) and inverts Φ', () => {
    expect(normalQuantile(0)).toBeNull();
    expect(normalQuantile(1)).toBeNull();
    expect(normalQuantile(Number.NaN)).toBeNull();
    expect(normalQuantile(0.5)).toBe(0);
    for (const x of [-4, -2.5, -0.7, 0.3, 1.9, 3.3]) expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 10);
  });
});
