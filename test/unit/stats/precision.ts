/** Asserts a number to a given count of significant digits (the SPEC vectors are quoted that way). */
import { expect } from 'vitest';

export function expectSignificant(actual: number | null, expected: number, digits = 6): void {
  expect(actual).not.toBeNull();
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(unit / 2);
}
