// Beta quantiles (the regularized incomplete beta inverse): closed forms, and integer (a, b)
// against test/unit/bets/reference/bets_reference.py (bisection on the exact binomial-sum CDF).
import { describe, expect, it } from 'vitest';
import { inverseRegularizedBeta, logGamma, regularizedBeta } from '../../../core/bets';

describe('Beta quantiles', () => {
  it('match the closed forms: Beta(1,1) = p, Beta(a,1) = p^(1/a), Beta(1,b) = 1 − (1 − p)^(1/b), Beta(½,½) = sin²(πp/2)', () => {
    for (const p of [1e-9, 0.001, 0.05, 0.3, 0.5, 0.77, 0.95, 0.999]) {
      expect(inverseRegularizedBeta(p, 1, 1)).toBeCloseTo(p, 14);
      expect(inverseRegularizedBeta(p, 2, 1) / Math.sqrt(p)).toBeCloseTo(1, 12);
      expect(inverseRegularizedBeta(p, 5, 1) / Math.pow(p, 1 / 5)).toBeCloseTo(1, 12);
      expect(inverseRegularizedBeta(p, 0.3, 1) / Math.pow(p, 1 / 0.3)).toBeCloseTo(1, 10);
      expect(inverseRegularizedBeta(p, 1, 4)).toBeCloseTo(-Math.expm1(Math.log1p(-p) / 4), 13);
      expect(inverseRegularizedBeta(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 13);
    }
  });

  it('match the reference for integer (a, b)', () => {
    const reference: [number, number, number, number, number][] = [
      // a, b, q05, q95, q001
      [7, 5, 0.349811534571917, 0.800423850116163, 0.179393693724606],
      [8, 6, 0.354799281019613, 0.776044605788681, 0.193781648982563],
      [3, 10, 0.07187025554227, 0.438105435115311, 0.0172214754455009],
      [20, 4, 0.696362298442538, 0.938324482578905, 0.543062901768916],
      [101, 51, 0.600444981206646, 0.726033455042926, 0.541652465270081],
    ];
    for (const [a, b, q05, q95, q001] of reference) {
      expect(inverseRegularizedBeta(0.05, a, b)).toBeCloseTo(q05, 13);
      expect(inverseRegularizedBeta(0.95, a, b)).toBeCloseTo(q95, 13);
      expect(inverseRegularizedBeta(0.001, a, b)).toBeCloseTo(q001, 13);
    }
  });

  it('invert the distribution function, including fractional (EWMA-weighted) parameters', () => {
    for (const [a, b] of [[1.7, 3.25], [12.4, 9.9], [1, 30.5], [250.5, 2.5]]) {
      for (const p of [0.05, 0.5, 0.95]) expect(regularizedBeta(inverseRegularizedBeta(p, a, b), a, b)).toBeCloseTo(p, 12);
    }
  });

  it('ln Γ matches factorials and √π', () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 9);
  });

  it('are 0 and 1 at the ends and NaN for invalid parameters', () => {
    expect(inverseRegularizedBeta(0, 3, 4)).toBe(0);
    expect(inverseRegularizedBeta(1, 3, 4)).toBe(1);
    expect(inverseRegularizedBeta(0.5, 0, 4)).toBeNaN();
  });
});
