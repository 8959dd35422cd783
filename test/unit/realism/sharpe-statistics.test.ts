// SPEC §4 vectors: PSR, DSR's SR₀ and MinTRL.
import { describe, expect, it } from 'vitest';
import { deflatedSharpe, expectedMaxSharpe, minTrackRecordLength, probabilisticSharpe } from '../../../core/realism';

describe('probabilistic Sharpe', () => {
  it('SR 0.1, n 252, skew −1, kurtosis 6 → 0.933459', () => {
    expect(probabilisticSharpe(0.1, 252, -1, 6, 0)).toBeCloseTo(0.933459, 6);
  });
  it('is 0.5 when SR equals SR* and null when undefined', () => {
    expect(probabilisticSharpe(0.1, 100, 0, 3, 0.1)).toBe(0.5);
    expect(probabilisticSharpe(0.1, 1, 0, 3)).toBeNull();
    expect(probabilisticSharpe(2, 100, 5, 3)).toBeNull(); // variance factor 1 − 10 + 2 < 0
  });
});

describe('deflated Sharpe', () => {
  it.each([
    [10, 1.574598],
    [100, 2.530603],
    [1000, 3.255122],
  ])('SR₀ for N %s (unit variance) → %s', (trials, sr0) => {
    expect(expectedMaxSharpe(trials, 1)).toBeCloseTo(sr0, 6);
  });
  it('one trial deflates nothing: SR₀ = 0, DSR = PSR(0)', () => {
    const result = deflatedSharpe({ sr: 0.1, n: 252, skew: -1, kurtosis: 6, trials: 1 });
    expect(result.sr0).toBe(0);
    expect(result.dsr).toBeCloseTo(0.933459, 6);
  });
  it('DSR = PSR(SR₀) and falls with more trials', () => {
    const input = { sr: 0.15, n: 500, skew: 0, kurtosis: 3, srVariance: 0.0025 };
    const ten = deflatedSharpe({ ...input, trials: 10 });
    expect(ten.sr0).toBeCloseTo(0.05 * 1.574598, 6);
    expect(ten.dsr).toBeCloseTo(probabilisticSharpe(0.15, 500, 0, 3, ten.sr0!)!, 14);
    expect(deflatedSharpe({ ...input, trials: 100 }).dsr!).toBeLessThan(ten.dsr!);
  });
});

describe('minimum track record length', () => {
  it('SR 0.1, skew −1, kurtosis 6, SR* 0, α 0.05 → 301.99', () => {
    expect(minTrackRecordLength(0.1, -1, 6, 0, 0.05)).toBeCloseTo(301.99, 2);
  });
  it('is null when SR ≤ SR*', () => {
    expect(minTrackRecordLength(0, 0, 3)).toBeNull();
    expect(minTrackRecordLength(0.1, 0, 3, 0.2)).toBeNull();
  });
});
