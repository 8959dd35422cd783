// SPEC §3 continuous Kelly and binary-contract vectors.
import { describe, expect, it } from 'vitest';
import { binaryKelly, continuousKelly } from '../../../core/sizing';

describe('continuous Kelly', () => {
  it('μ 0.02, σ 0.015, r 0 → 88.89', () => {
    expect(continuousKelly(0.02, 0.015)).toBeCloseTo(88.8889, 4);
    expect(continuousKelly(0.02, 0.015, 0.005)).toBeCloseTo(66.6667, 4);
  });
  it('is null for zero or negative volatility', () => {
    expect(continuousKelly(0.02, 0)).toBeNull();
    expect(continuousKelly(0.02, -1)).toBeNull();
    expect(continuousKelly(Number.NaN, 0.1)).toBeNull();
  });
});

describe('binary Kelly', () => {
  it('YES: p 0.6 at 0.5 → 0.2; p 0.3 at 0.25 → 0.066667', () => {
    expect(binaryKelly(0.6, 0.5, 'yes')).toBeCloseTo(0.2, 12);
    expect(binaryKelly(0.3, 0.25, 'yes')).toBeCloseTo(0.066667, 6);
  });
  it('NO: P(NO) = 1 − p at the NO price', () => {
    // p(YES) 0.4 → P(NO) 0.6, NO at 0.5 → 0.2; p(YES) 0.7 → P(NO) 0.3 at 0.25 → 0.066667
    expect(binaryKelly(0.4, 0.5, 'no')).toBeCloseTo(0.2, 12);
    expect(binaryKelly(0.7, 0.25, 'no')).toBeCloseTo(0.066667, 6);
    expect(binaryKelly(0.6, 0.5, 'no')).toBeCloseTo(-0.2, 12);
  });
  it('is null for a price outside (0, 1) or p outside [0, 1]', () => {
    expect(binaryKelly(0.6, 1)).toBeNull();
    expect(binaryKelly(0.6, 0)).toBeNull();
    expect(binaryKelly(1.2, 0.5)).toBeNull();
  });
});
