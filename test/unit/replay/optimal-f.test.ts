// The replay's typed-array optimal f matches the SPEC §3 vector and core/sizing's optimalF.
import { expect, it } from 'vitest';
import { optimalF } from '../../../core/replay';
import { optimalF as sizingOptimalF } from '../../../core/sizing';

// The exact optimum is 0.2367082 (the SPEC's 0.236709 is off by one in the 6th digit), hence 5 digits.
it('P = {9, 18, 7, 1, 10, −5, −3, −17, −7} → f* 0.236709, f$ 71.818', () => {
  const pl = [9, 18, 7, 1, 10, -5, -3, -17, -7];
  const fit = optimalF(Float64Array.from(pl), pl.length)!;
  expect(fit.f).toBeCloseTo(0.236709, 5);
  expect(fit.dollarsPerContract).toBeCloseTo(71.818, 3);
  expect(fit.largestLoss).toBe(17);
  expect(fit.f).toBeCloseTo(sizingOptimalF(pl)!.f, 10);
});

it('no edge or no loss → null', () => {
  expect(optimalF(Float64Array.from([5, -5, -1]), 3)).toBeNull();
  expect(optimalF(Float64Array.from([5, 1]), 2)).toBeNull();
});
