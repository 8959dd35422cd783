// CAGR of a huge gain over a very short span: 8× in one calendar day annualizes to
// 8^365.25 ≈ e^759.5, beyond the largest double. No Infinity may leave core: CAGR is null.
import { expect, it } from 'vitest';
import { cagr, computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

it('8× in one day → CAGR null (overflow), not Infinity; 2× in one day stays a number', () => {
  const report = computeStats([makeTrade({ dateOpened: '2025-01-06', dateClosed: '2025-01-07', pl: 700_000 })], { startingCapital: 100_000 });
  expect(report.portfolio.cagr).toBeNull();
  expect(report.strategies[0].cagr).toBeNull();
  expect(report.portfolio.nullReasons.cagr).toBe('annualizing a ×8.000 growth over 1 calendar day overflows');
  expect(cagr(100_000, 200_000, 1).value).toBe(2 ** 365.25 - 1);
});
