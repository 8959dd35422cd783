// Kelly on margin when some trades lack a margin: the sizing leaves those trades out (and
// says so), so Kelly on margin must be computed on the same trades as the growth-optimal
// fraction, the risk unit and the warnings — not come out undefined with nothing allocated.
import { expect, it } from 'vitest';
import { analyzeSizing } from '../../../core/sizing';
import { makeTrade } from '../support/make-trade';

const trades = [
  makeTrade({ dateOpened: '2025-01-06', pl: 200, marginReq: 1000 }),
  makeTrade({ dateOpened: '2025-01-07', pl: -100, marginReq: 1000 }),
  makeTrade({ dateOpened: '2025-01-08', pl: 200, marginReq: 1000 }),
  makeTrade({ dateOpened: '2025-01-09', pl: -100, marginReq: null }),
];

it('RoM {0.2, −0.1, 0.2}: Kelly = 2/3 − (1/3)/2 = 0.5, capped at 0.25 → floor(0.25 · 100000 / 1000) = 25 contracts', () => {
  const { portfolio } = analyzeSizing(trades, { capital: 100_000, fraction: 1, basis: 'margin' });
  expect(portfolio.kellyMargin).toBeCloseTo(0.5, 12);
  expect(portfolio.chosenKelly).toBeCloseTo(0.5, 12);
  expect(portfolio.applied.value).toBe(0.25);
  expect(portfolio.recommendedContracts).toBe(25);
  expect(portfolio.warnings).toContain('1 trade has no margin and is left out of Kelly on margin.');
});
