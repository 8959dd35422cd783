import { describe, expect, it } from 'vitest';
import { discreteKelly, kellyFromOutcomes } from '../../../core/stats/discrete-kelly';

describe('discreteKelly (SPEC §3 vectors)', () => {
  it('f* = p − q/b', () => {
    expect(discreteKelly(0.6, 2)).toBeCloseTo(0.4, 12);
    expect(discreteKelly(0.7, 1.5)).toBeCloseTo(0.5, 12);
    expect(discreteKelly(0.5, 1)).toBe(0);
  });
  it('is negative without an edge', () => {
    expect(discreteKelly(0.4, 1)).toBeCloseTo(-0.2, 12);
  });
  it('is null when undefined', () => {
    expect(discreteKelly(0.6, 0)).toBeNull();
    expect(discreteKelly(0.6, -1)).toBeNull();
    expect(discreteKelly(1.2, 2)).toBeNull();
    expect(discreteKelly(Number.NaN, 2)).toBeNull();
    expect(discreteKelly(0.6, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('kellyFromOutcomes', () => {
  it('uses the decided win rate and payoff, ignoring scratches', () => {
    // wins 300, 100 (avg 200); losses −100, −100, −100 (avg 100); two scratches ignored.
    // p = 2/5 = 0.4, b = 2 → 0.4 − 0.6/2 = 0.1
    expect(kellyFromOutcomes([300, 0, -100, 100, -100, 0, -100])).toBeCloseTo(0.1, 12);
  });
  it('is null without losses or without wins', () => {
    expect(kellyFromOutcomes([100, 200])).toBeNull();
    expect(kellyFromOutcomes([-100, -200])).toBeNull();
    expect(kellyFromOutcomes([0, 0])).toBeNull();
    expect(kellyFromOutcomes([])).toBeNull();
  });
});
